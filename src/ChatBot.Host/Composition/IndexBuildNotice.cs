using ChatBot.Core.Indexing;

namespace ChatBot.Host.Composition;

/// <summary>
/// The one line said when the first index load has to build (or re-encode) the index instead of reusing a snapshot,
/// which takes a while with nothing else to show. Nothing is said when a snapshot is reused. The command line writes it
/// to standard error (standard output stays the verb's own, JSON included); `serve` logs it.
/// </summary>
internal sealed class IndexBuildNotice(Action<string> write) : IProgress<IndexingProgress>
{
    public void Report(IndexingProgress value)
    {
        var articles = $"{value.Total} article{(value.Total == 1 ? "" : "s")}";
        switch (value.Stage)
        {
            case IndexingProgress.Building:
                write($"Building the index for {articles} (first run; cached afterwards)…");
                break;
            case IndexingProgress.Encoding:
                write($"Encoding the passages of {articles} (the sentence encoder changed; cached afterwards)…");
                break;
        }
    }
}
