using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>
/// A 👍 (+1) or 👎 (−1) on an answer, with what was asked and answered, and who voted. A 👎 may carry why
/// (<see cref="FeedbackReasons"/>) and the voter's own words.
/// </summary>
public sealed record Feedback(string AnswerId, string Question, string Answer, ChatPlatform Platform, string UserId, int Vote, DateTimeOffset At, string? Reason = null, string? Comment = null);
