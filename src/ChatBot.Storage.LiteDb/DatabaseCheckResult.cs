namespace ChatBot.Storage.LiteDb;

/// <summary>What a full check of a database file found: intact with its record counts, or damaged with a reason.</summary>
public sealed record DatabaseCheckResult(bool Intact, string? Problem, IReadOnlyDictionary<string, int> Counts, TimeSpan Elapsed)
{
    public int Records => Counts.Values.Sum();
}
