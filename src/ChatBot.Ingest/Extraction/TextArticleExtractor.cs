namespace ChatBot.Ingest.Extraction;

/// <summary>Plain text: blank lines separate paragraphs; the first short line is the title when it is followed by a blank line.</summary>
internal static class TextArticleExtractor
{
    public static ExtractedArticle Extract(string text, string source)
    {
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(TextNormalizer.Collapse).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            throw new IngestException($"no article text found in {source}: it is empty") { Lasting = true };
        }

        string? title = null;
        if (paragraphs.Count > 1 && paragraphs[0].Length <= 150 && !paragraphs[0].EndsWith('.'))
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        return new ExtractedArticle
        {
            Title = title ?? Path.GetFileNameWithoutExtension(source),
            Source = source,
            CanonicalUrl = Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.ToString() : null,
            Blocks = [.. paragraphs.Select(p => new BodyBlock(BodyBlockKind.Paragraph, p))],
        };
    }
}
