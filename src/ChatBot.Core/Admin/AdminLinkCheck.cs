namespace ChatBot.Core.Admin;

/// <summary>Why a sign-in link was accepted or refused.</summary>
public enum AdminLinkCheck
{
    Valid = 0,

    /// <summary>Not a token this console makes (cut short, garbled).</summary>
    Malformed = 1,

    /// <summary>The signature does not match: changed after signing, or signed with another key.</summary>
    Tampered = 2,
    Expired = 3,

    /// <summary>Already used once.</summary>
    Reused = 4,
}
