namespace ChatBot.Corpus.Limits;

/// <summary>
/// How deeply YAML front matter nests, before YamlDotNet reads it: its node reader recurses once per level, so
/// 100,000 nested '[' overflow the stack and end the process — no handler can catch that. Counted per line: open
/// indentation levels, '- ' entries at the start of the line, and '[' / '{' still open (outside quotes and comments).
/// </summary>
internal static class YamlNesting
{
    public static (int Depth, int Line) Deepest(string yaml)
    {
        var indents = new Stack<int>();
        var (deepest, deepestLine, flow, line) = (0, 0, 0, 0);
        foreach (var text in yaml.Split('\n'))
        {
            line++;
            var indent = text.Length - text.TrimStart(' ').Length;
            var content = text.AsSpan(indent);
            if (flow == 0 && content.Trim().Length > 0 && content[0] != '#')
            {
                while (indents.Count > 0 && indents.Peek() >= indent)
                {
                    indents.Pop();
                }

                indents.Push(indent);
            }

            var (entries, deepestFlow) = (LeadingEntries(content), flow);
            flow = Flow(content, flow, ref deepestFlow);
            var depth = indents.Count + entries + deepestFlow;
            if (depth > deepest)
            {
                (deepest, deepestLine) = (depth, line);
            }
        }

        return (deepest, deepestLine);
    }

    private static int LeadingEntries(ReadOnlySpan<char> content)
    {
        var entries = 0;
        while (content.Length >= 2 && content[0] == '-' && content[1] is ' ' or '\t')
        {
            entries++;
            content = content[2..].TrimStart(' ');
        }

        return entries;
    }

    /// <summary>The flow depth after the line; <paramref name="deepest"/> is raised to the deepest point within it.</summary>
    private static int Flow(ReadOnlySpan<char> content, int depth, ref int deepest)
    {
        var quote = '\0';
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && (i == 0 || content[i - 1] is ' ' or '[' or '{' or ',' or ':'))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || content[i - 1] == ' '))
            {
                break;
            }
            else if (c is '[' or '{')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return depth;
    }
}
