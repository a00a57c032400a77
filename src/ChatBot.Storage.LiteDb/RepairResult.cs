namespace ChatBot.Storage.LiteDb;

/// <summary>What a restore or rebuild did (or why it did nothing): one summary line and any detail lines.</summary>
public sealed record RepairResult(bool Succeeded, string Summary, IReadOnlyList<string> Details)
{
    public static RepairResult Refused(string summary) => new(false, summary, []);
}
