using ChatBot.Core.Commands;
using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// One context block per source ("[n] &lt;url|title&gt; — author, date"), each followed by its verbatim quote when
/// quotes are shown. When that would pass the block budget, sources share context blocks (ten per block) and
/// quotes that no longer fit are counted in a note rather than silently dropped.
/// </summary>
internal static class SourceBlocks
{
    private const int MaxQuote = 2800;

    public static List<SlackBlock> Render(IReadOnlyList<ReplySource> sources, bool showQuotes, int budget, bool showIds = false)
    {
        if (sources.Count == 0 || budget <= 0)
        {
            return [];
        }

        var perSource = showQuotes ? 2 : 1;
        if (sources.Count * perSource <= budget)
        {
            return [.. sources.SelectMany(s => showQuotes ? [Context([s], showIds), Quote(s)] : new SlackBlock[] { Context([s], showIds) })];
        }

        return Packed(sources, showQuotes, budget, showIds);
    }

    private static List<SlackBlock> Packed(IReadOnlyList<ReplySource> sources, bool showQuotes, int budget, bool showIds)
    {
        var contextBlocks = Math.Min((sources.Count + SlackLimits.ContextElements - 1) / SlackLimits.ContextElements, Math.Max(1, budget - 1));
        var listed = sources.Take(contextBlocks * SlackLimits.ContextElements).ToList();
        var blocks = listed.Chunk(SlackLimits.ContextElements).Select(chunk => (SlackBlock)Context(chunk, showIds)).ToList();

        var room = budget - blocks.Count - 1;
        var quoted = showQuotes ? listed.Take(Math.Max(0, room)).ToList() : [];
        blocks.AddRange(quoted.Select(Quote));

        var missingSources = sources.Count - listed.Count;
        var missingQuotes = showQuotes ? sources.Count - quoted.Count : 0;
        if ((missingSources > 0 || missingQuotes > 0) && blocks.Count < budget)
        {
            var note = missingSources > 0 ? $"{missingSources} more sources not shown." : $"{missingQuotes} quotes not shown to keep this message short.";
            blocks.Add(new ContextBlock([TextObject.Mrkdwn($"_{note}_")]));
        }

        return blocks;
    }

    private static ContextBlock Context(IReadOnlyList<ReplySource> sources, bool showIds) => new([.. sources.Select(s => TextObject.Mrkdwn(Line(s, showIds)))]);

    private static SectionBlock Quote(ReplySource source)
    {
        var quote = TextFitter.Truncate(Mrkdwn.Escape(source.Quote).ReplaceLineEndings(" ").Trim(), MaxQuote);
        return new SectionBlock(TextObject.Mrkdwn($"*[{source.N}]*\n> {(quote.Length > 0 ? quote : "—")}"));
    }

    private static string Line(ReplySource source, bool showIds)
    {
        var title = TextFitter.Truncate(Mrkdwn.Neutral(source.Title).ReplaceLineEndings(" ").Trim(), 200);
        var details = string.Join(", ", new[] { source.Author, source.Published, showIds && !string.IsNullOrWhiteSpace(source.ArticleId) ? $"id {source.ArticleId}" : null }
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .Select(d => TextFitter.Truncate(Mrkdwn.Escape(d).ReplaceLineEndings(" ").Trim(), 120)));
        var link = Mrkdwn.Link(source.Url, title.Length > 0 ? title : "Untitled");
        return details.Length > 0 ? $"*[{source.N}]* {link} — {details}" : $"*[{source.N}]* {link}";
    }
}
