using ChatBot.Core.Corpus;

namespace ChatBot.Corpus.Readers;

/// <summary>What a reader found in one file, before the article is assembled.</summary>
internal sealed record ParsedArticle(ArticleMetadata Metadata, IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<string> Warnings);
