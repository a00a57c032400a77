using System.Text;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>The hostile-file matrix of the README: files built to break or stall the parsers, and the largest benign files.</summary>
internal static class HostileFiles
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    public static IReadOnlyDictionary<string, (string Name, Func<string> Content)> All { get; } = new Dictionary<string, (string, Func<string>)>
    {
        ["md: 100,000 '>' on one line"] = ("quotes.md", () => "# Deep\n\n" + new string('>', 100_000) + " text\n"),
        ["md: list nested 1,000 deep"] = ("lists.md", () => string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n"))),
        ["md: 2 MB of '[' x 10,000 paragraphs"] = ("brackets.md", () => Fill(new string('[', 10_000) + "x")),
        ["md: 2 MB of '*a ' x 10,000 paragraphs"] = ("emphasis.md", () => Fill(string.Concat(Enumerable.Repeat("*a ", 10_000)))),
        ["md: 2 MB of paragraphs of 100-deep [brackets]"] = ("links.md", () => Fill(new string('[', 100) + "x" + new string(']', 100))),
        ["md: one 2 MB paragraph of '*a '"] = ("one-paragraph.md", () => string.Concat(Enumerable.Repeat("*a ", (TwoMegabytes - 16) / 3))),
        ["md: 2 MB quotes 60 deep, repeated"] = ("quotes60.md", () => Fill(new string('>', 60) + " x")),
        ["md: front matter nested 10,000 deep"] = ("yaml.md", () => "---\ntitle: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n\nBody.\n"),
        ["html: 50,000 nested <div>"] = ("divs.html", () => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>x</p></body></html>"),
        ["html: 200,000 nested <div> (1 MB)"] = ("divs200k.html", () => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>x</p></body></html>"),
        ["html: 60 nested <div>, repeated to 2 MB"] = ("divs60.html", () => "<html><body>" + Repeat(string.Concat(Enumerable.Repeat("<div>", 60)) + "<p>x</p>" + string.Concat(Enumerable.Repeat("</div>", 60)), TwoMegabytes - 64) + "</body></html>"),
        ["html: 2 MB of unclosed <b>"] = ("bold.html", () => "<html><body><p>" + Repeat("<b>x", TwoMegabytes - 64) + "</p></body></html>"),
        ["txt: 5 MB file"] = ("big.txt", () => "Title\n\n" + Repeat("word ", 5 * 1024 * 1024)),
        ["benign md: 2 MB article"] = ("article.md", () => "# Title\n\n" + Fill("The summit was held in *Pyongyang* on [September 17, 2002](https://example.org). Kim Jong Il admitted that North Korea had abducted Japanese nationals, and apologized.")),
        ["benign html: 2 MB article"] = ("article.html", () => "<html><body><article>" + Repeat("<p>The summit was held in <em>Pyongyang</em> on <a href=\"https://example.org\">September 17, 2002</a>. Kim Jong Il admitted the abductions.</p>\n", TwoMegabytes - 64) + "</article></body></html>"),
    };

    private static string Fill(string paragraph) => Repeat(paragraph + "\n\n", TwoMegabytes - 64);

    private static string Repeat(string unit, int bytes)
    {
        var builder = new StringBuilder(bytes + unit.Length);
        while (builder.Length + unit.Length <= bytes)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
