namespace ChatBot.Core.Admin;

/// <summary>One answer's time and whether it came from the cache.</summary>
public readonly record struct AnswerTiming(double ElapsedMs, bool Cached);
