namespace ChatBot.Core.Answers;

/// <summary>How to answer: whether the cache may be used.</summary>
public sealed record AskOptions(bool UseCache = true)
{
    public static AskOptions Default { get; } = new();
}
