namespace ChatBot.Corpus.Limits;

/// <summary>
/// How deeply a Markdown body nests containers, found line by line before Markdig sees the text: each block-quote
/// marker and list marker at the start of a line is a level, and so is every two columns of indentation in front of
/// them when they include a list marker (that is how lists nest). Fenced code is skipped. Markdig's time grows with depth times size,
/// so a deep file is refused here, at once, instead of after seconds of parsing.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The deepest line: its depth and its 1-based line number (0 when nothing nests).</summary>
    public static (int Depth, int Line) Deepest(string body)
    {
        var (deepest, deepestLine, line, fence) = (0, 0, 0, '\0');
        for (var start = 0; start <= body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            var span = body.AsSpan(start, end - start);
            fence = Fence(span, fence);
            var depth = fence == '\0' ? Depth(span) : 0;
            if (depth > deepest)
            {
                (deepest, deepestLine) = (depth, line + 1);
            }

            start = end + 1;
        }

        return (deepest, deepestLine);
    }

    private static int Depth(ReadOnlySpan<char> line)
    {
        var (markers, column, indent, listed) = (0, 0, 0, false);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                column += c == '\t' ? 4 - (column % 4) : 1;
                indent = markers == 0 ? column : indent;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                column++;
                i++;
            }
            else if (ListMarkerLength(line[i..]) is > 0 and var length)
            {
                markers++;
                listed = true;
                column += length;
                i += length;
            }
            else
            {
                break;
            }
        }

        return markers + (listed ? indent / 2 : 0);
    }

    /// <summary>"- ", "* ", "+ ", "12. " or "3) " (or the marker alone at the end of the line): its length without the space.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var length = text[0] is '-' or '*' or '+' ? 1 : 0;
        if (length == 0)
        {
            while (length < text.Length && length < 9 && char.IsAsciiDigit(text[length]))
            {
                length++;
            }

            length = length > 0 && length < text.Length && text[length] is '.' or ')' ? length + 1 : 0;
        }

        return length > 0 && (length == text.Length || text[length] is ' ' or '\t') ? length : 0;
    }

    /// <summary>The fence character while inside fenced code (``` or ~~~), else '\0'.</summary>
    private static char Fence(ReadOnlySpan<char> line, char open)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || trimmed[0] is not ('`' or '~') || trimmed[1] != trimmed[0] || trimmed[2] != trimmed[0])
        {
            return open;
        }

        return open == '\0' ? trimmed[0] : open == trimmed[0] ? '\0' : open;
    }
}
