namespace ChatBot.Core.Quiz;

/// <summary>The <c>ChatBot:Quiz</c> configuration section.</summary>
public sealed class QuizOptions
{
    public const string Section = "ChatBot:Quiz";

    /// <summary>How long a question takes answers; after that a press says it has closed.</summary>
    public TimeSpan AnswerWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Fixes question choice and choice order (tests, demos); unset means random.</summary>
    public int? Seed { get; set; }

    /// <summary>How many people the leaderboard shows.</summary>
    public int LeaderboardSize { get; set; } = 10;
}
