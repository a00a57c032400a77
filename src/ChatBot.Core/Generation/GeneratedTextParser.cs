using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Generation;

/// <summary>
/// Splits a model's answer into sentences with their citation markers. Both "Text [1]." and "Text. [1]" are read;
/// text before a marker that holds several sentences yields the earlier ones uncited, and so does text after the
/// last marker. Reasoning blocks (&lt;think&gt;…&lt;/think&gt;, emitted by some local models) and list bullets are removed.
/// </summary>
public static partial class GeneratedTextParser
{
    public static bool IsNotInSources(string text) => text.Contains(GroundedPrompt.NotInSources, StringComparison.Ordinal);

    public static List<GeneratedSentence> Parse(string text)
    {
        var sentences = new List<GeneratedSentence>();
        foreach (var line in Reasoning().Replace(text, " ").Split('\n'))
        {
            ParseLine(Bullet().Replace(line.Trim(), ""), sentences);
        }

        return sentences;
    }

    private static void ParseLine(string line, List<GeneratedSentence> output)
    {
        var position = 0;
        foreach (Match run in MarkerRun().Matches(line))
        {
            var end = run.Index + run.Length;
            var terminal = end < line.Length && line[end] is '.' or '!' or '?' ? line[end].ToString() : "";
            AddSentences(line[position..run.Index], Numbers(run.Value), terminal, output);
            position = end + terminal.Length;
        }

        AddSentences(line[position..], null, "", output);
    }

    private static void AddSentences(string text, List<int>? citations, string terminal, List<GeneratedSentence> output)
    {
        var pieces = SentenceSplitter.Split(text).Select(s => Clean(s.Slice(text))).Where(s => s.Any(char.IsLetterOrDigit)).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            var last = i == pieces.Count - 1;
            var ended = pieces[i][^1] is '.' or '!' or '?';
            output.Add(new GeneratedSentence(last && !ended ? pieces[i] + terminal : pieces[i], last && citations is not null ? citations : []));
        }
    }

    private static string Clean(string piece) => piece.Trim().TrimStart(',', ';', ':', '-', '—', '–').Trim();

    private static List<int> Numbers(string run) =>
        [.. Marker().Matches(run).SelectMany(m => m.Groups[1].Value.Split(',', ';').Select(Number))];

    private static int Number(string part) =>
        int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : 0;

    [GeneratedRegex(@"(\s*\[[^\[\]\n]{1,24}\])+")]
    private static partial Regex MarkerRun();

    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"<think>[\s\S]*?(</think>|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Reasoning();

    [GeneratedRegex(@"^([-*•]|\d{1,2}[.)])\s+")]
    private static partial Regex Bullet();
}
