namespace ChatBot.Core.Checking;

/// <summary>What the articles hold for one claim. Kinds of reply, never verdicts on the claim.</summary>
public enum ClaimOutcome
{
    /// <summary>No sentence of the articles is about what the claim says.</summary>
    NotAddressed = 0,

    /// <summary>Sentences about the same thing, with no concrete difference found: "The articles say:".</summary>
    Quoted = 1,

    /// <summary>A sentence that otherwise matches the claim differs on a date, number, name or negation.</summary>
    Differs = 2,
}
