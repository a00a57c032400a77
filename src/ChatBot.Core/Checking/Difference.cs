namespace ChatBot.Core.Checking;

/// <summary>
/// One concrete difference between a claim and a sentence that otherwise matches it: what the message says and what
/// the passage says, each as written ("2003" and "September 17, 2002"; for a negation, "negotiate" and "not to negotiate").
/// </summary>
public sealed record Difference(DifferenceKind Kind, string MessageSays, string PassageSays)
{
    /// <summary>"the date", "the number", "a name", "a negation": how a reply names what differs.</summary>
    public string Topic => Kind switch
    {
        DifferenceKind.Date => "the date",
        DifferenceKind.Number => "the number",
        DifferenceKind.Name => "a name",
        _ => "a negation",
    };
}
