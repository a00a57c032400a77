namespace ChatBot.Core.Quiz;

/// <summary>What happened to an answer; <see cref="FirstChoice"/> is the answer that counts when one was already given.</summary>
public sealed record QuizAnswerResult(QuizAnswerOutcome Outcome, int? FirstChoice = null);
