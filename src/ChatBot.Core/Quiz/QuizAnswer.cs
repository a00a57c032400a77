using ChatBot.Core.Commands;

namespace ChatBot.Core.Quiz;

/// <summary>One person's answer to a question (the display name is kept for the leaderboard).</summary>
public sealed record QuizAnswer(string QuizId, string UserId, string? DisplayName, int Choice, bool Correct, DateTimeOffset At);
