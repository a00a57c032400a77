using System.Globalization;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>Command-line options of the side-by-side benchmark.</summary>
internal sealed record SideBySideOptions(IReadOnlySet<string> Corpora, int SyntheticArticles, int Queries, int Passes, int AskQueries)
{
    public static SideBySideOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var corpora = values.TryGetValue("corpora", out var list) ? list : "bundled,squad,scifact,synthetic";
        return new SideBySideOptions(
            corpora.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            Number("synthetic-articles", 10_000), Number("queries", 2_000), Number("passes", 2), Number("ask-queries", 500));
    }
}
