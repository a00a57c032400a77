namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The state of the database with, when it cannot be used, the reason and what to do — each one line. Reason and
/// action never hold the path, so they can be shown where the path must not be (/readyz); <see cref="Problem"/> adds it.
/// </summary>
public sealed record DatabaseStatus(DatabaseState State, string Path, string? Reason = null, string? Action = null)
{
    public bool IsOpen => State == DatabaseState.Open;

    /// <summary>One line for logs and the command line, naming the file; null when open.</summary>
    public string? Problem => IsOpen || Reason is null ? null : $"database {Path} {Describe(State)}: {Reason}. {Action}";

    public override string ToString() => Problem ?? $"database {Describe(State)}: {Path}";

    public static string Describe(DatabaseState state) => state switch
    {
        DatabaseState.Open => "open",
        DatabaseState.Locked => "is locked",
        DatabaseState.Unusable => "cannot be used",
        DatabaseState.NotADatabase => "is not a database",
        DatabaseState.Damaged => "is damaged",
        _ => "is not opened yet",
    };
}
