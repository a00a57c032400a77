namespace ChatBot.Core.Corpus;

/// <summary>A paragraph or heading as a file reader found it, before it is placed in the article text.</summary>
public readonly record struct ArticleBlock(BlockKind Kind, string Text);
