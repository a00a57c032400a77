namespace ChatBot.Core.Commands;

/// <summary>A numbered source as a reply shows it; <see cref="Quote"/> is verbatim article text.</summary>
public sealed record ReplySource(int N, string Title, string? Author, string? Published, string? Url, string Quote, string ArticleId, string PassageId);
