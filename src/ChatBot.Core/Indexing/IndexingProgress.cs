namespace ChatBot.Core.Indexing;

/// <summary>Progress of loading or indexing: a stage name and how far it is.</summary>
public readonly record struct IndexingProgress(string Stage, int Done, int Total);
