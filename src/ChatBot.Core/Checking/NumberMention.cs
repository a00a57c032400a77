namespace ChatBot.Core.Checking;

/// <summary>A number a statement states (outside any date), as written, with the content terms nearest it.</summary>
internal sealed record NumberMention(string Word, string Surface, IReadOnlySet<string> Context);
