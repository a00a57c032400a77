using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ChatBot.UnitTests.Ingest.Support;

/// <summary>
/// A three-page report built with PdfPig's writer: a title in a larger font on page one, a running header and a
/// "Page N of 3" footer on every page, paragraphs broken across lines with end-of-line hyphens, one paragraph running
/// over a page break, and document information (title, author). Invented content (year 2031).
/// </summary>
internal static class ReportPdf
{
    public const string Title = "Review of Awareness Activities 2031";
    public const string InfoTitle = "Awareness review (document info)";
    public const string Author = "Research Office, Abduction Issue Study Group";
    public const string RunningHeader = "Abduction Issue Study Group — Annual Review";

    /// <summary>The paragraphs as a reader should get them: hyphens at line ends re-joined, lines joined with spaces.</summary>
    public static readonly string[] Paragraphs =
    [
        "This review describes the awareness activities carried out by the study group in 2031, including school visits and public lectures.",
        "Volunteers visited forty-two schools in the prefecture and spoke with about 6,800 students about the abductions of the 1970s and 1980s.",
        "The lecture series continued for a third year with evening talks in the city hall, where former officials described how the families campaigned for information.",
        "The group recommends that schools keep the teaching materials up to date and that the lecture series move to weekends next year.",
    ];

    // Each paragraph as printed: its lines, with hyphenated breaks.
    private static readonly string[][] Printed =
    [
        ["This review describes the awareness activities car-", "ried out by the study group in 2031, including school", "visits and public lectures."],
        ["Volunteers visited forty-two schools in the prefec-", "ture and spoke with about 6,800 students about the", "abductions of the 1970s and 1980s."],
        ["The lecture series continued for a third year with", "evening talks in the city hall, where former officials"],
        ["described how the families campaigned for informa-", "tion."],
        ["The group recommends that schools keep the teaching", "materials up to date and that the lecture series move", "to weekends next year."],
    ];

    /// <summary>The report; <paramref name="creationDate"/> (a PDF date, "D:20310220090000Z") goes in the document information when given.</summary>
    public static byte[] Build(string? creationDate = null)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = InfoTitle;
        builder.DocumentInformation.Author = Author;
        builder.DocumentInformation.CreationDate = creationDate;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        int[][] pages = [[0, 1], [2], [3, 4]];
        for (var p = 0; p < pages.Length; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(RunningHeader, 9, new PdfPoint(50, 800), font);
            page.AddText($"Page {p + 1} of {pages.Length}", 9, new PdfPoint(270, 30), font);
            var y = 740.0;
            if (p == 0)
            {
                page.AddText(Title, 18, new PdfPoint(50, 760), bold);
                y = 720;
            }

            foreach (var paragraph in pages[p])
            {
                foreach (var line in Printed[paragraph])
                {
                    page.AddText(line, 11, new PdfPoint(50, y), font);
                    y -= 14;
                }

                y -= 14;
            }
        }

        return builder.Build();
    }
}
