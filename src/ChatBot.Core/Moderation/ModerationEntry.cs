using ChatBot.Core.Commands;

namespace ChatBot.Core.Moderation;

/// <summary>
/// One line of the moderation audit trail: who (platform and user id) tried what on which card or quiz, and how
/// it ended ("saved", "refused: not a moderator", "conflict", …).
/// </summary>
public sealed record ModerationEntry(DateTimeOffset At, ChatPlatform Platform, string UserId, string Action, string Target, string Outcome);
