namespace ChatBot.Core.Commands;

/// <summary>
/// A file sent with a reply (a timeline picture). <see cref="Description"/> is the alternative text for readers who
/// cannot see it. Adapters upload it the way their platform wants; a reply is complete without it.
/// </summary>
public sealed record ReplyAttachment(string FileName, string ContentType, byte[] Content, string Description);
