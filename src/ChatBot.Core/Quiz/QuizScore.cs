namespace ChatBot.Core.Quiz;

/// <summary>A person's quiz score in one channel.</summary>
public sealed record QuizScore(string UserId, string? DisplayName, int Correct, int Answered);
