using ChatBot.Core.Corpus;
using UglyToad.PdfPig;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// A PDF report to an article: lines in reading order without running headers, footers and page numbers
/// (<see cref="PdfLines"/>), joined into paragraphs at wider gaps, words re-joined across line-end hyphens, lines in a
/// larger font kept as headings, and title/author from the document information when the text gives none.
/// </summary>
internal static class PdfArticleExtractor
{
    public static ExtractedArticle Extract(byte[] bytes, string source)
    {
        using var document = OpenPdf(bytes, source);
        var lines = PdfLines.Read(document.GetPages());
        if (lines.Count == 0)
        {
            throw new IngestException($"no article text found in {source}: the PDF has no text layer (a scanned document needs OCR first)") { Lasting = true };
        }

        var bodySize = lines.GroupBy(l => Math.Round(l.FontSize)).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        var blocks = Paragraphs(lines, bodySize);
        string? title = null;
        if (blocks.Count > 0 && blocks[0].Kind == BodyBlockKind.Heading)
        {
            title = blocks[0].Text;
            blocks.RemoveAt(0);
        }

        var info = document.Information;
        if (!blocks.Any(b => b.Kind != BodyBlockKind.Heading))
        {
            throw new IngestException($"no article text found in {source}") { Lasting = true };
        }

        return new ExtractedArticle
        {
            Title = title ?? Nullable(info.Title) ?? Path.GetFileNameWithoutExtension(source),
            Author = Nullable(info.Author),
            Published = DateParsing.Parse(info.CreationDate),
            Source = source,
            CanonicalUrl = Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.ToString() : null,
            Blocks = blocks,
        };
    }

    private static PdfDocument OpenPdf(byte[] bytes, string source)
    {
        try
        {
            return PdfDocument.Open(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IngestException($"{source} is not a readable PDF ({e.Message.Split('\n')[0].Trim()})", e);
        }
    }

    private static List<BodyBlock> Paragraphs(List<PdfLine> lines, double bodySize)
    {
        var gaps = lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page && Math.Round(p.First.FontSize) == bodySize && Math.Round(p.Second.FontSize) == bodySize)
            .Select(p => p.First.Baseline - p.Second.Baseline).Where(g => g > 0).Order().ToList();
        var lineGap = gaps.Count > 0 ? gaps[gaps.Count / 2] : bodySize * 1.2;

        var blocks = new List<BodyBlock>();
        var current = "";
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var heading = Math.Round(line.FontSize) > bodySize + 1;
            var startsNew = previous is null || heading || Math.Round(previous.FontSize) > bodySize + 1
                || (line.Page == previous.Page ? previous.Baseline - line.Baseline > lineGap * 1.4 : EndsSentence(current) && !StartsLower(line.Text));
            if (startsNew && current.Length > 0)
            {
                blocks.Add(new BodyBlock(previous is not null && Math.Round(previous.FontSize) > bodySize + 1 ? BodyBlockKind.Heading : BodyBlockKind.Paragraph, current, 2));
                current = "";
            }

            current = current.Length == 0 ? line.Text : Join(current, line.Text);
            previous = line;
        }

        if (current.Length > 0)
        {
            blocks.Add(new BodyBlock(previous is not null && Math.Round(previous.FontSize) > bodySize + 1 ? BodyBlockKind.Heading : BodyBlockKind.Paragraph, current, 2));
        }

        return blocks;
    }

    /// <summary>"abduc-" + "tions were" is "abductions were"; "Japan-" + "North Korea" keeps its hyphen.</summary>
    private static string Join(string text, string next) =>
        text.Length > 1 && text[^1] is '-' or '\u00AD' && char.IsLetter(text[^2]) && StartsLower(next)
            ? text[..^1] + next
            : text + " " + next;

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool EndsSentence(string text) => text.Length > 0 && text.TrimEnd()[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '’';

    private static string? Nullable(string? text) => TextNormalizer.Collapse(text) is { Length: > 0 } value ? value : null;
}
