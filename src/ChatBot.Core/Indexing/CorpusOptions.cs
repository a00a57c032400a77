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

    /// <summary>Quiet time after the last file change before re-indexing (editors write files in several steps).</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the folder's fingerprint is also checked, for file systems where change notifications get lost
    /// (network and container mounts). Zero turns polling off.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest corpus file read, in bytes; a bigger file is rejected unread. Articles are far smaller.</summary>
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Deepest nesting accepted in one file: block quotes and list items in Markdown, elements in HTML. Parsers slow
    /// down with depth faster than linearly; real articles stay well under 20.
    /// </summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>Longest one file may take to parse; the parser stops there and the file is rejected.</summary>
    public TimeSpan MaxParseTime { get; set; } = TimeSpan.FromSeconds(5);
}
