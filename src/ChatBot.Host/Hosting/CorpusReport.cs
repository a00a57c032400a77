using ChatBot.Core.Indexing;

namespace ChatBot.Host.Hosting;

/// <summary>Logs what a corpus load produced: counts, timing, and one line per rejected file or warning.</summary>
internal static class CorpusReport
{
    public static void Log(ILogger logger, CorpusIndexLoad load)
    {
        var index = load.Index;
        logger.LogInformation("Corpus {Fingerprint}: {Articles} articles, {Passages} passages, {Events} dated events, {Source} in {Elapsed} ms",
            index.Fingerprint, index.Articles.Count, index.Passages.Count, index.Timeline.Count, load.FromSnapshot ? "from snapshot" : "indexed", (int)load.Elapsed.TotalMilliseconds);
        foreach (var rejected in index.Rejected)
        {
            logger.LogWarning("Rejected corpus file {Path}: {Reason}", rejected.Path, rejected.Reason);
        }

        foreach (var warning in index.Warnings)
        {
            logger.LogWarning("Corpus file {Path}: {Warning}", warning.Path, warning.Reason);
        }

        if (load.SnapshotProblem is not null)
        {
            logger.LogWarning("{Problem}", load.SnapshotProblem);
        }
    }
}
