namespace ChatBot.Core.Search;

/// <summary>
/// The sentence a word position falls in, for positions that mostly come in order: the sentence <c>s</c> reached by
/// moving forward from the first sentence while the next one starts at or before the position. Moves on from the
/// previous answer instead of rescanning, which gives the same sentence because that scan only goes further for a
/// later position; a position before the previous one starts again from the first sentence.
/// </summary>
internal ref struct SentenceCursor
{
    private readonly ReadOnlySpan<int> starts;
    private int sentence;
    private int last;

    public SentenceCursor(ReadOnlySpan<int> starts)
    {
        this.starts = starts;
        last = int.MinValue;
    }

    public int Of(int position)
    {
        if (position < last)
        {
            sentence = 0;
        }

        last = position;
        while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
        {
            sentence++;
        }

        return sentence;
    }
}
