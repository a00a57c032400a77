namespace ChatBot.Corpus.Readers;

/// <summary>Splits "---\nYAML\n---\nbody" into its two parts.</summary>
internal static class FrontMatter
{
    public static (string? Yaml, string Body) Split(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, normalized);
        }

        var lines = normalized.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]));
            }
        }

        throw new CorpusFormatException("front matter is not closed: a line with '---' must end it");
    }
}
