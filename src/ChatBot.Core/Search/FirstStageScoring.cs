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

    public float Score(float sum, ulong mask, int passage) => Score(sum, Factor(mask), passage);

    /// <summary>The score with the factor of the passage's mask already looked up (in <see cref="Factors"/>).</summary>
    public float Score(float sum, float factor, int passage)
    {
        var score = sum * factor;
        return references[passage] ? score * settings.ReferencePenalty : score;
    }

    /// <summary>
    /// The factor of every mask in <paramref name="buffer"/> (grown when short), when the masks are few enough to list
    /// (as the coverage table is) and fewer than <paramref name="uses"/>: looking a factor up then costs less than working it out.
    /// </summary>
    public float[]? Factors(ref float[] buffer, int uses)
    {
        if (coverages is null || (1 << concepts.Count) >= uses)
        {
            return null;
        }

        if (buffer.Length < 1 << concepts.Count)
        {
            buffer = new float[1 << concepts.Count];
        }

        for (var mask = 0; mask < 1 << concepts.Count; mask++)
        {
            buffer[mask] = Factor((ulong)mask);
        }

        return buffer;
    }
}
