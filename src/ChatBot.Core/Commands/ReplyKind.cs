namespace ChatBot.Core.Commands;

public enum ReplyKind
{
    Answer = 0,
    NotFound = 1,
    Invalid = 2,
    Timeline = 3,
    Sources = 4,
    Help = 5,
    FactCard = 6,
    Quiz = 7,
    Info = 8,

    /// <summary>Something failed on our side; the text is safe to show and never contains internals.</summary>
    Error = 9,
    RateLimited = 10,

    /// <summary>The user may not do this (not a moderator).</summary>
    Refused = 11,
}
