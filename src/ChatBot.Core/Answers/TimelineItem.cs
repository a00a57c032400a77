namespace ChatBot.Core.Answers;

/// <summary>A dated event attached to an answer; <see cref="Citation"/> is the number of its citation.</summary>
public sealed record TimelineItem(string Date, string Text, int Citation);
