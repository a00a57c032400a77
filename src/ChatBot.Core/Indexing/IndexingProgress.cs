namespace ChatBot.Core.Indexing;

/// <summary>Progress of loading or indexing: a stage name and how far it is.</summary>
public readonly record struct IndexingProgress(string Stage, int Done, int Total)
{
    /// <summary>Reported once, before indexing starts, when no snapshot could be reused; Total is the number of articles.</summary>
    public const string Building = "build";

    /// <summary>Reported once, before encoding starts, when a snapshot is reused but its vectors are not (the encoder changed).</summary>
    public const string Encoding = "encode";
}
