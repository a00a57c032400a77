using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// Lines of a PDF in reading order (top to bottom, words left to right), with running headers, footers and page
/// numbers taken out: a line in the top or bottom band of the page whose text, digits aside, repeats on at least half
/// of the pages, or that is only a page number.
/// </summary>
internal static partial class PdfLines
{
    private const double Band = 0.12;

    public static List<PdfLine> Read(IEnumerable<Page> pages)
    {
        var lines = pages.SelectMany(LinesOf).ToList();
        var pageCount = lines.Select(l => l.Page).Distinct().Count();
        var repeated = lines.Where(InBand)
            .GroupBy(l => Shape(l.Text))
            .Where(g => pageCount >= 2 && g.Select(l => l.Page).Distinct().Count() >= Math.Max(2, (pageCount + 1) / 2))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return [.. lines.Where(l => !(InBand(l) && (repeated.Contains(Shape(l.Text)) || PageNumber().IsMatch(l.Text))))];
    }

    private static IEnumerable<PdfLine> LinesOf(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.FirstOrDefault(r => Math.Abs(r[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(1.5, word.BoundingBox.Height * 0.3));
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }

        return rows.Select(row =>
        {
            var ordered = row.OrderBy(w => w.BoundingBox.Left).ToList();
            var size = ordered.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Max();
            return new PdfLine(page.Number, string.Join(' ', ordered.Select(w => w.Text)), ordered.Min(w => w.BoundingBox.Bottom), ordered.Max(w => w.BoundingBox.Top), size, page.Height);
        }).OrderByDescending(l => l.Baseline);
    }

    private static bool InBand(PdfLine line) => line.Top > line.PageHeight * (1 - Band) || line.Baseline < line.PageHeight * Band;

    /// <summary>The text with its numbers blanked, so "Report 2024 — page 3" matches "Report 2024 — page 4".</summary>
    private static string Shape(string text) => Digits().Replace(text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*((of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
