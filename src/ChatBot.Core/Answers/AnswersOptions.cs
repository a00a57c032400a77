namespace ChatBot.Core.Answers;

/// <summary>The <c>ChatBot:Answers</c> configuration section.</summary>
public sealed class AnswersOptions
{
    public const string Section = "ChatBot:Answers";

    /// <summary>
    /// The least probability, from the answerability model, that an answer is right for the bot to give it (0–1).
    /// Empty takes the threshold chosen on held-out articles when the models were trained. Raise it to decline more
    /// and answer more reliably.
    /// </summary>
    public float? Threshold { get; set; }

    /// <summary>
    /// Rank with meaning as well as words: a local sentence encoder (all-MiniLM-L6-v2, no download, no network) embeds
    /// every passage when the corpus is indexed and each question when it is asked.
    /// </summary>
    public bool Embeddings { get; set; } = true;

    /// <summary>A model file from <c>chatbot train-ranker</c> to use instead of the built-in models; empty for the built-in ones.</summary>
    public string? Models { get; set; }
}
