namespace ChatBot.MachineLearning;

/// <summary>Which part of the labelled data a question belongs to. The split is written in the file, so every run holds out the same rows.</summary>
public enum DatasetSplit
{
    Train,
    Test,
}
