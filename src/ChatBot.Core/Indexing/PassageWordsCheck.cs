namespace ChatBot.Core.Indexing;

/// <summary>
/// What <see cref="Ranking.SurfaceTokens"/> relies on in a snapshot's passage words, checked once at load like the rest of
/// the index arrays (<see cref="SnapshotArraysCheck"/>): a code that splits the lead bytes, each passage whole codes of
/// numbers inside the vocabulary (whose words <see cref="PassageWords.Read"/> checked), a passage's words no more than its
/// characters, and every run inside its passage's words. A damaged byte is then refused at load and the corpus rebuilt,
/// never read out of range by the first question to touch it.
/// </summary>
internal static class PassageWordsCheck
{
    /// <summary>The one-line error a damaged section is refused with.</summary>
    public const string Malformed = "snapshot passage words are malformed";

    /// <param name="characters">Each passage's length in characters.</param>
    /// <param name="sentenceOffsets">The index's sentences of each passage (already checked against the passages).</param>
    public static bool Holds(PassageWords words, int[] characters, int[] sentenceOffsets)
    {
        if (!words.Code.IsValid || !Ascending(words.Offsets, words.Codes.Length)
            || words.Passages != characters.Length || sentenceOffsets.Length != characters.Length + 1
            || words.Runs.Length != 2 * sentenceOffsets[^1])
        {
            return false;
        }

        for (var p = 0; p < characters.Length; p++)
        {
            var count = words.Code.Fits(words.CodesOf(p), words.Count);
            if (count < 0 || count > characters[p] || !RunsInside(words, sentenceOffsets[p], sentenceOffsets[p + 1], count))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each run 0 twice (read on its own) or, less one, a slice of the passage's <paramref name="count"/> words.</summary>
    private static bool RunsInside(PassageWords words, int first, int end, int count)
    {
        for (var s = first; s < end; s++)
        {
            var (from, to) = (words.Runs[2 * s], words.Runs[(2 * s) + 1]);
            if (from == 0 ? to != 0 : from < 1 || from > to || to > count + 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>From 0 to <paramref name="length"/>, never going back.</summary>
    private static bool Ascending(int[] offsets, int length)
    {
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != length)
        {
            return false;
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
