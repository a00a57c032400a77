using System.Globalization;

namespace ChatBot.Core.Commands.Quiz;

/// <summary>Quiz button ids: "quiz:a:&lt;id&gt;:&lt;choice&gt;" to answer, "quiz:r:&lt;id&gt;" to reveal once closed.</summary>
public static class QuizActions
{
    public const string Prefix = "quiz";
    public const string Answer = "a";
    public const string Reveal = "r";

    public static string AnswerId(string quizId, int choice) => ActionIds.Create(Prefix, Answer, quizId, choice.ToString(CultureInfo.InvariantCulture));

    public static string RevealId(string quizId) => ActionIds.Create(Prefix, Reveal, quizId);
}
