namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// Which part of the work an article of a reading-comprehension set serves. Questions are always split by the
/// article they come from, never one by one, so held-out numbers are on text the models never saw.
/// </summary>
public enum QaSplit
{
    /// <summary>Models are fitted on these articles' questions.</summary>
    Train,

    /// <summary>The answerability threshold and the answer-length rule are chosen on these.</summary>
    Tune,

    /// <summary>Reported numbers only: nothing is fitted or chosen on these.</summary>
    Test,
}
