using System.Text.RegularExpressions;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Finds the bibliography at the end of an article ("Hughes, C. W. (2002) Japan-North Korea Relations…") and
/// "Reference: …" lines, so their dates never become timeline events and they rank below the article's own words.
/// </summary>
public static partial class ReferenceListDetector
{
    public static IReadOnlyList<TextBlock> MarkReferences(string text, IReadOnlyList<TextBlock> blocks)
    {
        var marked = blocks.ToArray();
        for (var i = marked.Length - 1; i >= 0; i--)
        {
            var block = marked[i];
            if (block.Kind != BlockKind.Paragraph)
            {
                continue;
            }

            var content = text.AsSpan(block.Start, block.Length);
            if (IsLabelledReference(content) || (IsTrailing(marked, i) && IsBibliographyEntry(content)))
            {
                marked[i] = block with { Kind = BlockKind.Reference };
            }
        }

        return marked;
    }

    private static bool IsTrailing(TextBlock[] blocks, int index) =>
        blocks.Skip(index + 1).All(b => b.Kind == BlockKind.Reference);

    private static bool IsLabelledReference(ReadOnlySpan<char> content) =>
        LabelPattern().IsMatch(content);

    private static bool IsBibliographyEntry(ReadOnlySpan<char> content) =>
        content.Length < 600 && EntryPattern().IsMatch(content);

    [GeneratedRegex(@"^(References?|Sources?|Further reading)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    /// <summary>"Surname, I. (2015)" or "Organisation Name (2022)" at the start of the entry.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-\. ,&]{1,120}\((1[89]|20)\d{2}[a-z]?\)")]
    private static partial Regex EntryPattern();
}
