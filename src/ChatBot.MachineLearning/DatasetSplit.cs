namespace ChatBot.MachineLearning;

/// <summary>Which part of the labelled data a question belongs to. The split is written in the file, so every run holds out the same rows.</summary>
public enum DatasetSplit
{
    Train,
    Test,

    /// <summary>
    /// A separate file of questions written apart from the labelled data (<c>Data/questions.blind.tsv</c>); never trained
    /// on, and the trainer ignores such rows should any appear in the training file.
    /// </summary>
    Blind,
}
