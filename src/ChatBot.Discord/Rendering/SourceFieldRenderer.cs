using System.Text;

using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// One embed field per cited article (see <see cref="ReplySourceGroup"/>): "[1] [3] Title" over "Author · Date" and
/// the link, with each verbatim quote as a block quote under its number when quotes are shown. Quotes share the
/// field's room so every number keeps its quote. If there are more articles than fields, the rest share the last field.
/// </summary>
internal static class SourceFieldRenderer
{
    public static List<EmbedField> Render(IReadOnlyList<ReplySource> sources, bool showQuotes, int maxFields, bool showIds = false)
    {
        var groups = ReplySourceGroup.Of(sources);
        if (groups.Count <= maxFields)
        {
            return [.. groups.Select(g => Field(g, showQuotes, showIds))];
        }

        var fields = groups.Take(maxFields - 1).Select(g => Field(g, showQuotes, showIds)).ToList();
        var rest = groups.Skip(maxFields - 1).ToList();
        var listing = string.Join('\n', rest.Select(g => $"{g.Numbers} {MarkdownEscaper.Escape(g.Article.Title)}"));
        fields.Add(new EmbedField(
            DiscordText.Finish($"Sources [{rest[0].Article.N}]–[{rest[^1].Sources[^1].N}]", DiscordLimits.FieldName),
            DiscordText.OrPlaceholder(DiscordText.Finish(listing, DiscordLimits.FieldValue))));
        return fields;
    }

    private static EmbedField Field(ReplySourceGroup group, bool showQuotes, bool showIds)
    {
        var source = group.Article;
        var name = DiscordText.Finish($"{group.Numbers} {MarkdownEscaper.Escape(source.Title)}", DiscordLimits.FieldName);
        var value = new StringBuilder();
        var byline = string.Join(" · ", new[] { source.Author, source.Published }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => MarkdownEscaper.Escape(s!.Trim())));
        value.Append(byline);
        if (showIds && !string.IsNullOrWhiteSpace(source.ArticleId))
        {
            value.Append(value.Length > 0 ? " · " : "").Append("id `").Append(source.ArticleId.Replace("`", "", StringComparison.Ordinal)).Append('`');
        }

        if (IsWebLink(source.Url))
        {
            value.Append(value.Length > 0 ? "\n" : "").Append(source.Url);
        }

        var quoted = showQuotes ? group.Sources.Where(s => !string.IsNullOrWhiteSpace(s.Quote)).ToList() : [];
        if (quoted.Count == 1 && group.Sources.Count == 1)
        {
            value.Append(value.Length > 0 ? "\n" : "").Append(BlockQuote(quoted[0].Quote));
        }
        else if (quoted.Count > 0)
        {
            // Each quote gets an equal share of the room left, so a long first quote cannot push out the others.
            var share = Math.Max(40, (DiscordLimits.FieldValue - value.Length - (quoted.Count * 12)) / quoted.Count);
            foreach (var s in quoted)
            {
                value.Append(value.Length > 0 ? "\n" : "").Append(BlockQuote(TextClipper.Clip(MarkdownEscaper.Escape(s.Quote.Trim()), share), $"**[{s.N}]** ", escaped: true));
            }
        }

        return new EmbedField(DiscordText.OrPlaceholder(name), DiscordText.OrPlaceholder(DiscordText.Finish(value.ToString(), DiscordLimits.FieldValue)));
    }

    private static string BlockQuote(string quote, string marker = "", bool escaped = false) =>
        string.Join('\n', quote.Trim().Split('\n').Select((line, i) => $"> {(i == 0 ? marker : "")}{(escaped ? line.Trim() : MarkdownEscaper.Escape(line.Trim()))}"));

    private static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !url!.Any(char.IsWhiteSpace);
}
