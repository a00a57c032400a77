namespace ChatBot.Core.PendingArticles;

/// <summary>
/// What a moderator sees before deciding: the article's metadata as extracted (or as edited), its size, its first
/// sentences and what the extraction could not settle. <see cref="Published"/> is the date as written in the
/// corpus ("2031", "2031-03", "2031-03-11"); <see cref="ProposedId"/> is the file name it would get.
/// </summary>
public sealed record PendingArticlePreview(
    string Title,
    string? Author,
    string? Publisher,
    string? Published,
    string? CanonicalUrl,
    int WordCount,
    string Opening,
    IReadOnlyList<string> Warnings,
    string ProposedId);
