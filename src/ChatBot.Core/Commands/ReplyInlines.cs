using System.Globalization;
using System.Text;

namespace ChatBot.Core.Commands;

/// <summary>
/// Places <see cref="ReplyInline"/>s in reply text as markers (U+FFF9 index U+FFFB, characters no chat text uses) and
/// resolves them. Text from anyone else can at most repeat an inline the reply already carries: a marker whose index
/// is not in the reply's list, and any stray marker character, is dropped.
/// </summary>
public sealed class ReplyInlines
{
    private const char Open = '\uFFF9';
    private const char Close = '\uFFFB';
    private readonly List<ReplyInline> items = [];

    public IReadOnlyList<ReplyInline> Items => items;

    /// <summary>Adds the inline and returns the marker to put in the text.</summary>
    public string Add(ReplyInline inline)
    {
        items.Add(inline);
        return Marker(items.Count - 1);
    }

    public string Time(DateTimeOffset at) => Add(ReplyInline.Time(at));

    /// <summary>The marker for the inline at <paramref name="index"/> of a reply's list.</summary>
    public static string Marker(int index) => string.Create(CultureInfo.InvariantCulture, $"{Open}{index}{Close}");

    /// <summary>Text with every marker replaced by <paramref name="render"/> of its inline (the fallback when null).</summary>
    public static string Resolve(string text, IReadOnlyList<ReplyInline> inlines, Func<ReplyInline, string>? render = null)
    {
        if (text.AsSpan().IndexOfAny(Open, Close) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Open && text.IndexOf(Close, i + 1) is var end and > 0
                && int.TryParse(text.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                if (index < inlines.Count)
                {
                    result.Append(render is null ? inlines[index].Fallback : render(inlines[index]));
                }

                i = end;
            }
            else if (text[i] is not (Open or Close))
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
