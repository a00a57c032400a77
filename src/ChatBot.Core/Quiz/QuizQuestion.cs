using ChatBot.Core.Commands;

namespace ChatBot.Core.Quiz;

/// <summary>
/// A question posted in a channel and open for answers until <see cref="ExpiresAt"/>: what was asked, the right
/// choice and the quote that supports it. Scores count in the channel it was posted in.
/// </summary>
public sealed record QuizQuestion(
    string Id,
    QuizDraft Draft,
    ChatPlatform Platform,
    string? WorkspaceId,
    string ChannelId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
