namespace ChatBot.Storage.LiteDb;

/// <summary>
/// What `chatbot db check` found: the verdict (open means intact; unopened means there is no database yet), the
/// reason when it is not intact, the full check's counts, and what the manifest last recorded.
/// </summary>
public sealed record DatabaseReport(string Path, DatabaseState State, string? Reason, DatabaseCheckResult? Check, string? Recorded)
{
    public bool Healthy => State is DatabaseState.Open or DatabaseState.Unopened;
}
