namespace ChatBot.Core.Indexing;

/// <summary>The <c>ChatBot:Corpus</c> configuration section.</summary>
public sealed class CorpusOptions
{
    public const string Section = "ChatBot:Corpus";

    /// <summary>The corpus folder; every supported file under it is loaded, recursively.</summary>
    public string Directory { get; set; } = "corpus";

    /// <summary>Where index snapshots are kept (one per corpus fingerprint); empty disables snapshots.</summary>
    public string SnapshotDirectory { get; set; } = "data/index";

    /// <summary>Watch the corpus folder while serving and re-index on changes.</summary>
    public bool WatchForChanges { get; set; } = true;
}
