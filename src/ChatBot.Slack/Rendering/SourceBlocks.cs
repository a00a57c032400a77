using ChatBot.Core.Commands;
using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// One context block per cited article (see <see cref="ReplySourceGroup"/>: "[1] [3] &lt;url|title&gt; — author,
/// date"), each followed by its verbatim quotes, each under its number, when quotes are shown. When that would pass
/// the block budget, articles share context blocks (ten per block) and quotes that no longer fit are counted in a
/// note rather than silently dropped.
/// </summary>
internal static class SourceBlocks
{
    private const int MaxQuote = 2800;

    /// <summary>"*[12]*\n&gt; " and the line break before the next quote.</summary>
    private const int QuoteHead = 16;

    public static List<SlackBlock> Render(IReadOnlyList<ReplySource> sources, bool showQuotes, int budget, bool showIds = false)
    {
        if (sources.Count == 0 || budget <= 0)
        {
            return [];
        }

        var groups = ReplySourceGroup.Of(sources);
        var perSource = showQuotes ? 2 : 1;
        if (groups.Count * perSource <= budget)
        {
            return [.. groups.SelectMany(g => showQuotes ? [Context([g], showIds), Quote(g)] : new SlackBlock[] { Context([g], showIds) })];
        }

        return Packed(groups, showQuotes, budget, showIds);
    }

    private static List<SlackBlock> Packed(IReadOnlyList<ReplySourceGroup> groups, bool showQuotes, int budget, bool showIds)
    {
        var contextBlocks = Math.Min((groups.Count + SlackLimits.ContextElements - 1) / SlackLimits.ContextElements, Math.Max(1, budget - 1));
        var listed = groups.Take(contextBlocks * SlackLimits.ContextElements).ToList();
        var blocks = listed.Chunk(SlackLimits.ContextElements).Select(chunk => (SlackBlock)Context(chunk, showIds)).ToList();

        var room = budget - blocks.Count - 1;
        var quoted = showQuotes ? listed.Take(Math.Max(0, room)).ToList() : [];
        blocks.AddRange(quoted.Select(Quote));

        var missingSources = groups.Count - listed.Count;
        var missingQuotes = showQuotes ? groups.Skip(quoted.Count).Sum(g => g.Sources.Count) : 0;
        if ((missingSources > 0 || missingQuotes > 0) && blocks.Count < budget)
        {
            var note = missingSources > 0 ? $"{missingSources} more sources not shown." : $"{missingQuotes} quotes not shown to keep this message short.";
            blocks.Add(new ContextBlock([TextObject.Mrkdwn($"_{note}_")]));
        }

        return blocks;
    }

    private static ContextBlock Context(IReadOnlyList<ReplySourceGroup> groups, bool showIds) => new([.. groups.Select(g => TextObject.Mrkdwn(Line(g, showIds)))]);

    /// <summary>Every quote of the article under its number; they share the section's room so none is pushed out.</summary>
    private static SectionBlock Quote(ReplySourceGroup group)
    {
        var share = Math.Max(24, (MaxQuote / group.Sources.Count) - QuoteHead);
        var text = string.Join('\n', group.Sources.Select(source =>
        {
            var quote = TextFitter.Truncate(Mrkdwn.Escape(source.Quote).ReplaceLineEndings(" ").Trim(), share);
            return $"*[{source.N}]*\n> {(quote.Length > 0 ? quote : "—")}";
        }));
        return new SectionBlock(TextObject.Mrkdwn(TextFitter.Truncate(text, SlackLimits.SectionText)));
    }

    private static string Line(ReplySourceGroup group, bool showIds)
    {
        var source = group.Article;
        var title = TextFitter.Truncate(Mrkdwn.Neutral(source.Title).ReplaceLineEndings(" ").Trim(), 200);
        var details = string.Join(", ", new[] { source.Author, source.Published, showIds && !string.IsNullOrWhiteSpace(source.ArticleId) ? $"id {source.ArticleId}" : null }
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .Select(d => TextFitter.Truncate(Mrkdwn.Escape(d).ReplaceLineEndings(" ").Trim(), 120)));
        var link = Mrkdwn.Link(source.Url, title.Length > 0 ? title : "Untitled");
        var numbers = TextFitter.Truncate(group.Numbers, 600);
        return details.Length > 0 ? $"*{numbers}* {link} — {details}" : $"*{numbers}* {link}";
    }
}
