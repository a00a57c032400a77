using System.Buffers;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Cheap scans that tell <see cref="SentenceEvents"/> its hope and anchor patterns cannot match, so they are not run:
/// each pattern needs one of a few words, which are looked for as ASCII letters in any case — what the patterns'
/// <c>IgnoreCase</c> compares below U+0100 (above it, a long s is an s to them), so text holding any character from
/// U+0100 up is left to the patterns.
/// </summary>
internal static class DateCues
{
    /// <summary>Each alternative of the hope pattern starts with one of these.</summary>
    private static readonly SearchValues<string> Hopes = SearchValues.Create(
        ["hop", "expect", "wish", "want", "aim", "intend", "plan", "would", "likely"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The anchor pattern's phrase ends with one of these, at most 40 characters (none of ",;:.!?") before the end, or 41 with a final line break (which <c>$</c> allows).</summary>
    private static readonly SearchValues<string> AnchorEnds = SearchValues.Create(["from", "after", "since", "of"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the anchor pattern's tail <c>[^,;:.!?]{0,40}$</c> stops.</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create(",;:.!?");

    /// <summary>False only when the hope pattern surely finds nothing in <paramref name="sentence"/> (nor in any start of it).</summary>
    public static bool MayHoldHope(ReadOnlySpan<char> sentence) => !IsPlain(sentence) || sentence.IndexOfAny(Hopes) >= 0;

    /// <summary>
    /// False only when the anchor pattern surely does not match <paramref name="text"/>: its match ends the text, and the
    /// word ending its phrase (at most five letters) lies after the last stop and ends at most 41 characters before the end.
    /// </summary>
    public static bool MayEndInAnchor(ReadOnlySpan<char> text)
    {
        var tail = text[Math.Max(text.LastIndexOfAny(Stops) + 1, Math.Max(0, text.Length - 48))..];
        return !IsPlain(tail) || tail.IndexOfAny(AnchorEnds) >= 0;
    }

    private static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\0', '\u00FF');
}
