namespace ChatBot.Core.Commands;

/// <summary>A dated event in a reply; <see cref="Citation"/> is the number of its source in the reply's sources.</summary>
public sealed record ReplyTimelineItem(string Date, string Text, int? Citation);
