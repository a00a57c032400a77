using ChatBot.Core.Corpus;

namespace ChatBot.Core.Timeline;

/// <summary>
/// The text of an event or a quote: a string, or a slice of its article's compact text that becomes a string only when
/// read. A loaded timeline has hundreds of thousands of sentences that are all slices of the articles it already holds;
/// keeping them as strings would double what the article text costs, while only the few events shown are ever read.
/// </summary>
internal readonly struct SentenceText : IEquatable<SentenceText>
{
    // A string (the text itself) or a CompactText (the article the text is sliced from).
    private readonly object holder;
    private readonly int start;
    private readonly int length;

    private SentenceText(object holder, int start, int length)
    {
        this.holder = holder;
        this.start = start;
        this.length = length;
    }

    public static SentenceText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, 0, text.Length);
    }

    /// <summary>The characters [start, start + length) of <paramref name="article"/>; the range is checked now, not when read.</summary>
    public static SentenceText Slice(CompactText article, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, article.Length - start);
        return new(article, start, length);
    }

    /// <summary>
    /// <see cref="Slice"/> for a range already checked against this article (a loaded timeline's rows, checked when read):
    /// making an event then touches neither the article nor its passage, which a scan finding thousands would fetch from
    /// all over the heap.
    /// </summary>
    internal static SentenceText Checked(CompactText article, int start, int length) => new(article, start, length);

    public int Length => length;

    /// <summary>Where the slice starts in its article (0 for a string).</summary>
    public int Start => start;

    public string Value => holder as string ?? ((CompactText)holder).Slice(start, length);

    public bool Equals(SentenceText other) =>
        length == other.length
        && ((ReferenceEquals(holder, other.holder) && start == other.start) || string.Equals(Value, other.Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => obj is SentenceText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(Value, StringComparison.Ordinal);

    public override string ToString() => Value;
}
