namespace ChatBot.Ingest.Chat;

/// <summary>Action and form ids of queued articles ("corpus:approve:&lt;id&gt;" …); queue ids are 12 hex digits.</summary>
public static class CorpusActions
{
    public const string Prefix = "corpus";
    public const string Approve = "approve";
    public const string Edit = "edit";
    public const string Reject = "reject";

    /// <summary>The edit form's submission.</summary>
    public const string Save = "save";

    public static string For(string action, string pendingId) => Core.Commands.ActionIds.Create(Prefix, action, pendingId);
}
