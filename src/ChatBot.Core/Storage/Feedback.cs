using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>A 👍 (+1) or 👎 (−1) on an answer, with what was asked and answered, and who voted.</summary>
public sealed record Feedback(string AnswerId, string Question, string Answer, ChatPlatform Platform, string UserId, int Vote, DateTimeOffset At);
