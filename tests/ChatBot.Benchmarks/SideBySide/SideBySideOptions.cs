using System.Globalization;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>Command-line options of the side-by-side benchmark.</summary>
/// <param name="BuildOnly">"ours" or "lucene": only that engine's build, alone in the process (<see cref="SideBySideBuildOnly"/>); null for the whole comparison.</param>
internal sealed record SideBySideOptions(IReadOnlySet<string> Corpora, int SyntheticArticles, int Queries, int Passes, int AskQueries, string? BuildOnly = null)
{
    public static SideBySideOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var corpora = (values.TryGetValue("corpora", out var list) ? list : "bundled,squad,scifact,synthetic")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var buildOnly = values.GetValueOrDefault("build-only") is { } engine ? BuildEngine(engine) : null;

        // A fresh runtime is what --build-only is for, and only the first corpus of a process gets one; the bundled corpus
        // is loaded through a build of its own index (TestCorpus), which would warm ours before it is timed.
        if (buildOnly is not null && (corpora.Count != 1 || corpora.Contains("bundled")))
        {
            throw new ArgumentException("--build-only times one corpus a process: give --corpora squad, scifact or synthetic");
        }

        return new SideBySideOptions(
            corpora, Number("synthetic-articles", 10_000), Number("queries", 2_000), Number("passes", 2), Number("ask-queries", 500), buildOnly);
    }

    private static string BuildEngine(string engine) => engine is "ours" or "lucene"
        ? engine
        : throw new ArgumentException($"--build-only takes ours or lucene, not {engine}");
}
