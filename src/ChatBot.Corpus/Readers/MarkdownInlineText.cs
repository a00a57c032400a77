using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ChatBot.Corpus.Readers;

/// <summary>The plain text of a Markdown block: emphasis and links keep their words, markup goes.</summary>
internal static class MarkdownInlineText
{
    public static string Of(LeafBlock block)
    {
        if (block.Inline is null)
        {
            return block.Lines.ToString();
        }

        var builder = new StringBuilder();
        Append(builder, block.Inline);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
