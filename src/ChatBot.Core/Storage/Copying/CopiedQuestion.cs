namespace ChatBot.Core.Storage.Copying;

/// <summary>An asked question with its id in the source, so copying it again finds it instead of adding it twice.</summary>
public sealed record CopiedQuestion(long SourceId, AskedQuestion Question);
