namespace ChatBot.Core.Storage.Copying;

/// <summary>A request guard's record: its key and its time (seen at, or expires at).</summary>
public sealed record TimedKey(string Key, DateTimeOffset At);
