namespace ChatBot.Corpus.Limits;

/// <summary>
/// A quick look at how deeply an HTML page nests, before AngleSharp builds it (its tree building slows down with
/// depth times size: 50,000 nested &lt;div&gt; take seconds). It follows the parser's rules where real pages rely on
/// them — void elements, raw text (script, style), elements closed by a sibling (p, li, td, option…) or by an end
/// tag further up — so ordinary pages are not over-counted, and it stops as soon as the limit is passed, so it is
/// linear in the page size. AngleSharp's own depth limit catches what this estimate misses.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Ignored = new(["html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame"], StringComparer.Ordinal);
    private static readonly HashSet<string> RawText = new(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"], StringComparer.Ordinal);
    private static readonly string[] ButtonScope = ["table", "td", "th", "caption", "object", "marquee", "applet", "template", "button"];

    /// <summary>
    /// What opening each element closes first, as the parser does: in order, the nearest open element of each group,
    /// unless one of that group's boundaries is open above it.
    /// </summary>
    private static readonly Dictionary<string, (string[] Names, string[] Boundaries)[]> ImpliedEnds = new(StringComparer.Ordinal)
    {
        ["li"] = [(["li"], ["ul", "ol", "menu", .. ButtonScope]), (["p"], ButtonScope)],
        ["dt"] = [(["dt", "dd"], ["dl", .. ButtonScope]), (["p"], ButtonScope)],
        ["dd"] = [(["dt", "dd"], ["dl", .. ButtonScope]), (["p"], ButtonScope)],
        ["tr"] = [(["tr"], ["table", "tbody", "thead", "tfoot"])],
        ["td"] = [(["td", "th"], ["tr", "table"])],
        ["th"] = [(["td", "th"], ["tr", "table"])],
        ["tbody"] = [(["tbody", "thead", "tfoot"], ["table"])],
        ["thead"] = [(["tbody", "thead", "tfoot"], ["table"])],
        ["tfoot"] = [(["tbody", "thead", "tfoot"], ["table"])],
        ["option"] = [(["option"], ["select", "datalist", "optgroup"])],
        ["optgroup"] = [(["option"], ["select", "datalist"]), (["optgroup"], ["select"])],
        ["rb"] = [(["rb", "rt", "rtc", "rp"], ["ruby"])],
        ["rtc"] = [(["rb", "rt", "rtc", "rp"], ["ruby"])],
        ["rt"] = [(["rb", "rt", "rp"], ["ruby", "rtc"])],
        ["rp"] = [(["rb", "rt", "rp"], ["ruby", "rtc"])],
        ["a"] = [(["a"], ButtonScope)],
        ["nobr"] = [(["nobr"], ButtonScope)],
        ["button"] = [(["button"], [])],
    };

    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>Elements that close an open &lt;p&gt; when they start.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(["p", "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "ul"], StringComparer.Ordinal);

    /// <summary>The estimated depth, or the first depth past <paramref name="limit"/> (the scan stops there).</summary>
    public static int Deepest(string html, int limit)
    {
        var open = new List<string>();
        var deepest = 0;
        var i = 0;
        while (deepest <= limit && (i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (char.IsAsciiLetter(next))
            {
                var (name, end, selfClosing) = Tag(html, i + 1);
                i = Open(html, open, name, selfClosing, end);
                deepest = Math.Max(deepest, open.Count);
            }
            else if (next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
            {
                var (name, end, _) = Tag(html, i + 2);
                CloseTo(open, name, []);
                i = end;
            }
            else
            {
                i = SkipMarkup(html, i);
            }
        }

        return deepest;
    }

    private static int Open(string html, List<string> open, string name, bool selfClosing, int end)
    {
        if (RawText.Contains(name))
        {
            var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : close;
        }

        if (name == "plaintext")
        {
            return html.Length;
        }

        if (Ignored.Contains(name) || (selfClosing && (open.Contains("svg") || open.Contains("math"))))
        {
            return end;
        }

        if (ImpliedEnds.TryGetValue(name, out var implied))
        {
            foreach (var (names, boundaries) in implied)
            {
                CloseTo(open, names, boundaries);
            }
        }
        else if (ClosesParagraph.Contains(name))
        {
            CloseTo(open, ["p"], ButtonScope);
            if (Headings.Contains(name) && open.Count > 0 && Headings.Contains(open[^1]))
            {
                open.RemoveAt(open.Count - 1);
            }
        }

        open.Add(name);
        return end;
    }

    /// <summary>Pops to (and including) the nearest open element named in <paramref name="names"/>, unless a boundary comes first.</summary>
    private static void CloseTo(List<string> open, string[] names, string[] boundaries)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (names.Contains(open[k]))
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }

            if (boundaries.Contains(open[k]))
            {
                return;
            }
        }
    }

    private static void CloseTo(List<string> open, string name, string[] boundaries) => CloseTo(open, [name], boundaries);

    /// <summary>Reads a tag name (lower-cased) and skips its attributes, honouring quotes: where the tag ends and whether it ends "/&gt;".</summary>
    private static (string Name, int End, bool SelfClosing) Tag(string html, int start)
    {
        var i = start;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var name = html[start..i].ToLowerInvariant();
        var quote = '\0';
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (name, i + 1, html[i - 1] == '/');
            }
        }

        return (name, html.Length, false);
    }

    /// <summary>Skips a comment, doctype, CDATA section, processing instruction or stray '&lt;'.</summary>
    private static int SkipMarkup(string html, int i)
    {
        var (terminator, from) = html.AsSpan(i).StartsWith("<!--") ? ("-->", i + 4)
            : html.AsSpan(i).StartsWith("<![CDATA[") ? ("]]>", i + 9)
            : html[i + 1] is '!' or '?' or '/' ? (">", i + 2)
            : ("", i + 1);
        if (terminator.Length == 0)
        {
            return from;
        }

        var end = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }
}
