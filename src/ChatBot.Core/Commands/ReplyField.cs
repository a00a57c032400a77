namespace ChatBot.Core.Commands;

/// <summary>A labelled value shown with a reply (a fact card's status, a quiz score).</summary>
public sealed record ReplyField(string Name, string Value, bool Inline = false);
