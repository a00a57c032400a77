namespace ChatBot.Storage.LiteDb;

/// <summary>A finished (and verified) backup file with its record counts, or the reason there is none.</summary>
public sealed record BackupResult(string? File, IReadOnlyDictionary<string, int> Counts, string? Problem)
{
    public bool Succeeded => Problem is null;
}
