namespace ChatBot.Core.Quiz;

public enum QuizAnswerOutcome
{
    Recorded = 0,

    /// <summary>This person had already answered this question; the first answer stands.</summary>
    AlreadyAnswered = 1,

    /// <summary>The question is not stored (unknown id).</summary>
    Unknown = 2,

    /// <summary>The database cannot be used right now; nothing was recorded.</summary>
    Unavailable = 3,
}
