using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Ingest.Extraction;

namespace ChatBot.Ingest.Writing;

/// <summary>
/// An extracted article as a corpus Markdown file, in the shape the corpus reader loads: YAML front matter (title,
/// author, publisher, published, url, language, source_url, retrieved, added_by, notes) and the body as Markdown.
/// </summary>
public static class CorpusMarkdownWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(ExtractedArticle article, string addedBy, DateTimeOffset retrieved)
    {
        var builder = new StringBuilder("---\n");
        Line(builder, "title", article.Title);
        Line(builder, "author", article.Author);
        Line(builder, "publisher", article.Publisher);
        builder.Append("published: ").Append(article.Published?.ToString() ?? "").Append('\n');
        Line(builder, "url", article.CanonicalUrl);
        Line(builder, "language", article.Language);
        Line(builder, "source_url", article.Source);
        builder.Append("retrieved: ").Append(retrieved.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        Line(builder, "added_by", addedBy);
        if (article.Warnings.Count > 0)
        {
            Line(builder, "notes", "Added with `chatbot corpus add`. " + string.Join("; ", article.Warnings) + ".");
        }

        builder.Append("---\n\n");
        var number = 0;
        BodyBlockKind? last = null;
        foreach (var block in article.Blocks)
        {
            number = block.Kind == BodyBlockKind.NumberedItem ? (last == BodyBlockKind.NumberedItem ? number + 1 : 1) : 0;
            var listContinues = last == block.Kind && block.Kind is BodyBlockKind.BulletItem or BodyBlockKind.NumberedItem;
            if (last is not null && !listContinues)
            {
                builder.Append('\n');
            }

            builder.Append(block.Kind switch
            {
                BodyBlockKind.Heading => new string('#', Math.Clamp(block.Level, 2, 6)) + " ",
                BodyBlockKind.BulletItem => "- ",
                BodyBlockKind.NumberedItem => number.ToString(CultureInfo.InvariantCulture) + ". ",
                BodyBlockKind.Quote => "> ",
                _ => "",
            }).Append(MarkdownText.Escape(block.Text)).Append('\n');
            if (block.Kind == BodyBlockKind.Quote)
            {
                // One quote block per paragraph, so each stays a paragraph of its own when read back.
                builder.Append('\n');
                last = null;
                continue;
            }

            last = block.Kind;
        }

        return builder.ToString();
    }

    private static void Line(StringBuilder builder, string key, string? value)
    {
        builder.Append(key).Append(':');
        if (!string.IsNullOrWhiteSpace(value))
        {
            // A JSON string is a valid YAML double-quoted scalar: quotes, colons and '#' in titles stay text.
            builder.Append(' ').Append(JsonSerializer.Serialize(value, Quoting));
        }

        builder.Append('\n');
    }
}
