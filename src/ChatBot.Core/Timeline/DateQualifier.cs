namespace ChatBot.Core.Timeline;

/// <summary>How the text relates the event to its date: "on", "by July 18, 2004", "since 1953", "prior to 2002".</summary>
public enum DateQualifier
{
    On = 0,
    Before = 1,
    By = 2,
    Since = 3,
    Until = 4,
    After = 5,
    Early = 6,
    Late = 7,
}
