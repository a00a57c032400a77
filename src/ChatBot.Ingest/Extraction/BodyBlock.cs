namespace ChatBot.Ingest.Extraction;

/// <summary>One block of an article body, its text verbatim (whitespace runs collapsed); <see cref="Level"/> is a heading's level.</summary>
public sealed record BodyBlock(BodyBlockKind Kind, string Text, int Level = 0);
