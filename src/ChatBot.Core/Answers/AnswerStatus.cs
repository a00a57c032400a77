namespace ChatBot.Core.Answers;

public enum AnswerStatus
{
    Answered = 0,

    /// <summary>The indexed articles do not support an answer.</summary>
    NotFound = 1,

    /// <summary>The question itself is unusable (empty, too long).</summary>
    Invalid = 2,
}
