using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;

namespace ChatBot.Core.Timeline;

/// <summary>
/// The dates of what a sentence says happened, one per event it reports. <see cref="DateExtractor"/> finds every
/// date; not every date dates an event of the sentence:
/// <list type="bullet">
/// <item>a date inside what someone hoped, expected, wanted or planned ("had hoped … for North Korea to
/// acknowledge the 1970s abductions", "is expected to meet before the end of May") dates something that had not
/// happened;</item>
/// <item>a date a span is counted from ("over two decades on from the events of 2002", "ten years after the 2002
/// summit", "the 20th anniversary of …") is an anchor, not when the sentence's event happened;</item>
/// <item>dates of the same kind of event listed together ("who disappeared in July 1978 … who disappeared in
/// August 1978") are one event spanning them; a sentence truly reports two events only when its dates are far
/// apart or belong to different actions.</item>
/// </list>
/// </summary>
public static partial class SentenceEvents
{
    /// <summary>Dates of one sentence no further apart than this, told with a shared word, are one event.</summary>
    private const int SameEventMonths = 6;

    public static IReadOnlyList<EventDate> Dates(string sentence, PartialDate? published) => Dates(sentence, sentence, published);

    /// <summary>
    /// The same for a sentence read from a span (the index build's widened article), without making its string unless
    /// a rare date pattern or two dates to merge need one; <paramref name="text"/> is that string when the caller has one.
    /// </summary>
    // Optimized at once, like the build's other per-sentence methods (why: IndexBuilder.Build): the build is its only caller.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static IReadOnlyList<EventDate> Dates(ReadOnlySpan<char> sentence, string? text, PartialDate? published)
    {
        var mentions = DateExtractor.Extract(sentence, text, published);
        var hopes = mentions.Count > 0 && DateCues.MayHoldHope(sentence);
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!(hopes && IsUnrealised(sentence, mention.Start)) && !(DateCues.MayEndInAnchor(sentence[..mention.Start]) && IsAnchor(sentence, mention.Start)))
            {
                mentions[kept++] = mention;
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
        return Merge(sentence, text, mentions);
    }

    /// <summary>True when a hope, expectation or plan earlier in the sentence governs the date.</summary>
    private static bool IsUnrealised(ReadOnlySpan<char> sentence, int at)
    {
        foreach (var cue in Unrealised().EnumerateMatches(sentence[..at]))
        {
            // "Abe, who is expected to meet Trump, visited Seoul in 2018": a cue inside a relative clause reaches
            // only to the clause's closing comma.
            var end = RelativeClause().IsMatch(sentence[..cue.Index]) ? IndexOfComma(sentence, cue.Index) : -1;
            if (end < 0 || at < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the first comma at or after <paramref name="from"/> is (as <see cref="string.IndexOf(char, int)"/>), else -1.</summary>
    private static int IndexOfComma(ReadOnlySpan<char> sentence, int from) => sentence[from..].IndexOf(',') is var at and >= 0 ? from + at : -1;

    private static bool IsAnchor(ReadOnlySpan<char> sentence, int at) => Anchor().IsMatch(sentence[..at]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<EventDate> Merge(ReadOnlySpan<char> sentence, string? text, List<DateMention> mentions)
    {
        // Most dated sentences have one date: nothing to merge, so no need for the words between dates (nor a string).
        if (mentions.Count < 2)
        {
            return mentions.Count == 0 ? [] : [mentions[0].Date];
        }

        using var words = new SentenceWords(text ?? sentence.ToString());
        var events = new List<(EventDate Date, int Words)>();
        var from = 0;
        foreach (var mention in mentions)
        {
            var group = words.Read(from, mention.Start - from);
            from = mention.Start + mention.Length;
            var same = Same(events, mention.Date, words, group);
            if (same < 0)
            {
                events.Add((mention.Date, group));
                continue;
            }

            var (date, known) = events[same];
            words.Join(known, group);
            events[same] = (Span(date, mention.Date), known);
        }

        var dates = new List<EventDate>(events.Count);
        foreach (var (date, _) in events)
        {
            dates.Add(date);
        }

        return dates;
    }

    /// <summary>
    /// The first event the date joins: the same date, or a mergeable one sharing a word with it (a loop rather than
    /// <c>FindIndex</c>, whose predicate would capture the date and words in a closure per date).
    /// </summary>
    private static int Same(List<(EventDate Date, int Words)> events, EventDate date, SentenceWords words, int group)
    {
        for (var e = 0; e < events.Count; e++)
        {
            if (events[e].Date == date || (Mergeable(events[e].Date, date) && words.Overlap(events[e].Words, group)))
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>Two plain dates (no decade, range or differing qualifier) at most <see cref="SameEventMonths"/> apart.</summary>
    private static bool Mergeable(EventDate a, EventDate b) =>
        !a.IsDecade && !b.IsDecade && b.End is null && a.Qualifier == b.Qualifier && a.Inferred == b.Inferred
        && Math.Abs(FirstMonth(b.Start) - LastMonth(a.End ?? a.Start)) <= SameEventMonths
        && Math.Abs(FirstMonth(a.Start) - LastMonth(b.Start)) <= SameEventMonths;

    private static EventDate Span(EventDate a, EventDate b)
    {
        if (a == b)
        {
            return a;
        }

        var start = a.Start.CompareTo(b.Start) <= 0 ? a.Start : b.Start;
        var end = Max(a.End ?? a.Start, b.Start);
        return a with { Start = start, End = end == start ? null : end };
    }

    private static PartialDate Max(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0 ? a : b;

    private static int FirstMonth(PartialDate date) => (date.Year * 12) + Math.Max(date.Month, 1) - 1;

    private static int LastMonth(PartialDate date) => (date.Year * 12) + (date.Month == 0 ? 12 : date.Month) - 1;

    [GeneratedRegex(@"\b(hop(e|ed|es|ing)|expect(ed|s|ing)?|wish(ed|es|ing)?|want(ed|s|ing)?|(aim|intend|plan)(s|ed|ned|ing|ning)?\s+to|would\s+like|(un)?likely\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unrealised();

    [GeneratedRegex(@",\s*(who|which)\b[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"(\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|many)\s+(full\s+)?(days?|weeks?|months?|years?|decades?)\s+(on\s+)?(from|after|since)|\banniversary\s+of)\b[^,;:.!?]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\p{L}+")]
    internal static partial Regex Word();
}
