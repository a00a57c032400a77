namespace ChatBot.Core.Indexing;

/// <summary>The result of <see cref="CorpusIndexLoader.LoadAsync"/>: the index, where it came from and how long it took.</summary>
public sealed record CorpusIndexLoad(CorpusIndex Index, bool FromSnapshot, TimeSpan Elapsed, string? SnapshotProblem);
