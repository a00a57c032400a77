namespace ChatBot.Core.FactCards;

/// <summary>
/// The plain-text form of a card's facts and details, as moderators edit them in a form field or a file. Facts
/// are blocks separated by a blank line; each block is the fact in the moderator's words, then a
/// "source: &lt;article id&gt;" line and a "quote: &lt;exact sentence&gt;" line. Without its own wording, a fact
/// is the quote itself; without a source line, the article is the one the quote is found in.
/// Details are "status: verified|disputed|unverified" and "tags: a, b".
/// </summary>
public static class FactCardText
{
    private const string SourceKey = "source:";
    private const string QuoteKey = "quote:";
    private const string StatusKey = "status:";
    private const string TagsKey = "tags:";

    public static string FormatFacts(IEnumerable<FactCardFact> facts) =>
        string.Join("\n\n", facts.Select(f => (f.Text == f.Quote ? "" : f.Text + "\n") + $"{SourceKey} {f.ArticleId}\n{QuoteKey} {f.Quote}"));

    public static string FormatDetails(FactCardStatus status, IEnumerable<string> tags) =>
        $"{StatusKey} {status.ToString().ToLowerInvariant()}\n{TagsKey} {string.Join(", ", tags)}";

    public static IReadOnlyList<FactCardFact> ParseFacts(string text, List<FactCardProblem> problems)
    {
        var facts = new List<FactCardFact>();
        var blocks = Blocks(text);
        for (var i = 0; i < blocks.Count; i++)
        {
            var words = new List<string>();
            string? source = null, quote = null;
            foreach (var line in blocks[i])
            {
                if (Value(line, SourceKey) is { } s)
                {
                    source = s;
                }
                else if (Value(line, QuoteKey) is { } q)
                {
                    quote = Unwrap(q);
                }
                else
                {
                    words.Add(line);
                }
            }

            if (string.IsNullOrEmpty(quote))
            {
                problems.Add(new FactCardProblem($"fact {i + 1}", "add a line \"quote: <the exact sentence from the article>\""));
                continue;
            }

            facts.Add(new FactCardFact(words.Count == 0 ? quote : string.Join(' ', words), source ?? "", quote));
        }

        return facts;
    }

    public static (FactCardStatus? Status, IReadOnlyList<string> Tags) ParseDetails(string text, List<FactCardProblem> problems)
    {
        FactCardStatus? status = null;
        IReadOnlyList<string> tags = [];
        foreach (var line in Lines(text))
        {
            if (Value(line, StatusKey) is { } s)
            {
                status = ParseStatus(s);
                if (status is null)
                {
                    problems.Add(new FactCardProblem("status", $"\"{Shorten(s)}\" is not a status; write verified, disputed or unverified"));
                }
            }
            else if (Value(line, TagsKey) is { } t)
            {
                tags = NormalizeTags(t.Split(','));
            }
            else
            {
                problems.Add(new FactCardProblem("status and tags", $"\"{Shorten(line)}\" is not understood; write \"status: …\" and \"tags: …\" lines"));
            }
        }

        if (status is null && !problems.Any(p => p.Field == "status"))
        {
            problems.Add(new FactCardProblem("status", "add a line \"status: verified\", \"status: disputed\" or \"status: unverified\""));
        }

        return (status, tags);
    }

    public static FactCardStatus? ParseStatus(string text) => text.Trim().ToLowerInvariant() switch
    {
        "verified" => FactCardStatus.Verified,
        "disputed" => FactCardStatus.Disputed,
        "unverified" => FactCardStatus.Unverified,
        _ => null,
    };

    /// <summary>Trimmed, lower case, inner spaces collapsed, empty and repeated tags dropped.</summary>
    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string> tags) =>
        [.. tags.Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    private static List<List<string>> Blocks(string text)
    {
        var blocks = new List<List<string>> { new() };
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()))
        {
            if (line.Length == 0)
            {
                if (blocks[^1].Count > 0)
                {
                    blocks.Add([]);
                }
            }
            else
            {
                blocks[^1].Add(line);
            }
        }

        return [.. blocks.Where(b => b.Count > 0)];
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string? Value(string line, string key) =>
        line.StartsWith(key, StringComparison.OrdinalIgnoreCase) ? line[key.Length..].Trim() : null;

    /// <summary>A quote typed inside plain "…" loses the marks: the articles use typographic quotes of their own.</summary>
    private static string Unwrap(string quote) =>
        quote.Length >= 2 && quote[0] == '"' && quote[^1] == '"' ? quote[1..^1].Trim() : quote;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
