using System.Text;
using ChatBot.Core.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Builds an <see cref="Article"/> from blocks: joins them with blank lines into one text, records each block's
/// offsets, and marks a trailing bibliography as references. Every reader goes through here, so offsets are
/// computed in exactly one place — and invisible characters (<see cref="InvisibleCharacters"/>) are dropped in
/// exactly one place: the stored text is already clean, so every quote cut from it is clean and still verbatim.
/// </summary>
public static class ArticleAssembler
{
    public const string BlockSeparator = "\n\n";

    public static Article Assemble(string id, ArticleMetadata metadata, IEnumerable<ArticleBlock> blocks, string sourcePath = "", string contentHash = "")
    {
        var text = new StringBuilder();
        var placed = new List<TextBlock>();
        foreach (var block in blocks)
        {
            var content = NormalizeWhitespace(block.Text);
            if (content.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(BlockSeparator);
            }

            placed.Add(new TextBlock(placed.Count, block.Kind, text.Length, content.Length));
            text.Append(content);
        }

        var body = text.ToString();
        var title = Blank(metadata.Title) ?? FirstLine(body, placed);
        return new Article
        {
            Id = id,
            Title = title,
            Author = Blank(metadata.Author),
            Publisher = Blank(metadata.Publisher),
            Published = metadata.Published,
            PublishedInferred = metadata.PublishedInferred,
            Url = Blank(metadata.Url),
            Language = Blank(metadata.Language),
            Tags = [.. metadata.Tags.Select(Blank).OfType<string>()],
            Text = body,
            Blocks = ReferenceListDetector.MarkReferences(body, placed),
            SourcePath = sourcePath,
            ContentHash = contentHash,
        };
    }

    /// <summary>
    /// Inside a block, line breaks and runs of spaces become single spaces (a zero-width space or BOM separates words
    /// like a space), invisible characters go; the words stay as written.
    /// </summary>
    private static string NormalizeWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in InvisibleCharacters.Remove(text.Replace('\u200B', ' ').Replace('\uFEFF', ' ')))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string FirstLine(string body, List<TextBlock> blocks) =>
        blocks.Count == 0 ? "" : body.Substring(blocks[0].Start, Math.Min(blocks[0].Length, 200));

    private static string? Blank(string? value) => InvisibleCharacters.Remove(value ?? "").Trim() is { Length: > 0 } clean ? clean : null;
}
