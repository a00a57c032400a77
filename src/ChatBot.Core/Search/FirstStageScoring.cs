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

    /// <summary>
    /// The largest factor any mask gets, for <see cref="MayReach"/>; +∞ when there is no such bound to rely on (a
    /// penalty that raises scores, a factor that could be negative or NaN). With <paramref name="factors"/> (every
    /// mask's, from <see cref="Factors"/>) it is their largest; without, it is the factor of every concept matched:
    /// a mask's coverage adds its concepts' weights in the order of the concepts' numbers (one order for every mask),
    /// and with weights finite and not negative each addition a superset makes can only keep or raise the rounded
    /// sum — so no mask covers more, and with a floor in [0, 1] the factor only grows with the coverage.
    /// </summary>
    public float LargestFactor(float[]? factors)
    {
        if (settings.ReferencePenalty is not (>= 0f and <= 1f))
        {
            return float.PositiveInfinity;
        }

        if (factors is not null)
        {
            var largest = 0f;
            for (var mask = 0; mask < 1 << concepts.Count; mask++)
            {
                if (!(factors[mask] >= 0f))
                {
                    return float.PositiveInfinity;
                }

                largest = MathF.Max(largest, factors[mask]);
            }

            return largest;
        }

        if (settings.CoverageFloor is not (>= 0f and <= 1f) || !float.IsFinite(total))
        {
            return float.PositiveInfinity;
        }

        for (var c = 0; c < concepts.Count; c++)
        {
            if (!(float.IsFinite(concepts[c].Weight) && concepts[c].Weight >= 0f))
            {
                return float.PositiveInfinity;
            }
        }

        var full = Factor(concepts.Count >= 64 ? ulong.MaxValue : (1UL << concepts.Count) - 1);
        return float.IsNaN(full) ? float.PositiveInfinity : full;
    }

    /// <summary>
    /// Whether a passage whose concept scores add up to <paramref name="sum"/> can score at least <paramref name="cut"/>
    /// (&gt; 0), with <paramref name="largestFactor"/> from <see cref="LargestFactor"/>: false only when it cannot. A
    /// score at or above a positive cut is a positive product of the sum and a factor (none negative or NaN), times a
    /// penalty in [0, 1] — so the sum is positive and the factor at most the largest, and rounding keeps that order:
    /// sum × factor ≤ sum × largest as floats too.
    /// </summary>
    public static bool MayReach(float sum, float largestFactor, float cut) => sum * largestFactor >= cut;
}
