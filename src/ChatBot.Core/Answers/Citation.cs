namespace ChatBot.Core.Answers;

/// <summary>
/// A numbered source of an answer. <see cref="Quote"/> is the exact sentence or sentences used, verbatim from the
/// article text; <see cref="PassageId"/> locates them.
/// </summary>
public sealed record Citation(
    int N,
    string ArticleId,
    string Title,
    string? Author,
    string? Publisher,
    string? Published,
    string? Url,
    string PassageId,
    string Quote);
