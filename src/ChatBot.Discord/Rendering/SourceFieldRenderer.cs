using System.Text;

using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// One embed field per cited source: "[n] Title" over "Author · Date" and the link, with the verbatim quote as a
/// block quote when quotes are shown. If there are more sources than fields, the rest share the last field.
/// </summary>
internal static class SourceFieldRenderer
{
    public static List<EmbedField> Render(IReadOnlyList<ReplySource> sources, bool showQuotes, int maxFields, bool showIds = false)
    {
        if (sources.Count <= maxFields)
        {
            return [.. sources.Select(s => Field(s, showQuotes, showIds))];
        }

        var fields = sources.Take(maxFields - 1).Select(s => Field(s, showQuotes, showIds)).ToList();
        var rest = sources.Skip(maxFields - 1).ToList();
        var listing = string.Join('\n', rest.Select(s => $"[{s.N}] {MarkdownEscaper.Escape(s.Title)}"));
        fields.Add(new EmbedField(
            DiscordText.Finish($"Sources [{rest[0].N}]–[{rest[^1].N}]", DiscordLimits.FieldName),
            DiscordText.OrPlaceholder(DiscordText.Finish(listing, DiscordLimits.FieldValue))));
        return fields;
    }

    private static EmbedField Field(ReplySource source, bool showQuotes, bool showIds)
    {
        var name = DiscordText.Finish($"[{source.N}] {MarkdownEscaper.Escape(source.Title)}", DiscordLimits.FieldName);
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

        if (showQuotes && !string.IsNullOrWhiteSpace(source.Quote))
        {
            value.Append(value.Length > 0 ? "\n" : "").Append(BlockQuote(source.Quote));
        }

        return new EmbedField(DiscordText.OrPlaceholder(name), DiscordText.OrPlaceholder(DiscordText.Finish(value.ToString(), DiscordLimits.FieldValue)));
    }

    private static string BlockQuote(string quote) =>
        string.Join('\n', quote.Trim().Split('\n').Select(line => $"> {MarkdownEscaper.Escape(line.Trim())}"));

    private static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !url!.Any(char.IsWhiteSpace);
}
