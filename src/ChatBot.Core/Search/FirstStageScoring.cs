namespace ChatBot.Core.Search;

/// <summary>
/// The first-stage score of a passage from its summed concept scores and which concepts it matched: scaled by how
/// much of the query's weight it covers, and lowered for bibliography entries. Both collection paths score through
/// this one place, so the pruned path ranks exactly as the exhaustive one.
/// </summary>
internal readonly struct FirstStageScoring(List<QueryConcept> concepts, float[]? coverages, float total, SearchOptions settings, bool[] references)
{
    public List<QueryConcept> Concepts => concepts;

    /// <summary>The most a passage's score can be multiplied by for being (or not being) a reference.</summary>
    public float MaxPenalty => MathF.Max(1f, settings.ReferencePenalty);

    public float Factor(ulong mask)
    {
        var coverage = coverages is null ? Searcher.Coverage(mask, concepts, total) : coverages[(int)mask];
        return settings.CoverageFloor + ((1 - settings.CoverageFloor) * coverage);
    }

    public float Score(float sum, ulong mask, int passage)
    {
        var score = sum * Factor(mask);
        return references[passage] ? score * settings.ReferencePenalty : score;
    }
}
