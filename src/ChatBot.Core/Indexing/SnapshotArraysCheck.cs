namespace ChatBot.Core.Indexing;

/// <summary>
/// The structural promises the search code relies on, checked once when a snapshot's index arrays are read: every
/// offset table runs from 0 to its array's end without going back, posting lists ascend inside the corpus, and every
/// term number names a term. Only the timeline is checksummed, so without this one damaged byte in a posting or a token
/// loaded fine and then failed (or read out of range) on the first question that touched it.
/// </summary>
internal static class SnapshotArraysCheck
{
    public static IndexArrays Checked(IndexArrays a, int[] sentencesPerPassage)
    {
        var terms = a.Terms.Count;
        var passages = a.PassageCount;
        Require(passages == sentencesPerPassage.Length && a.DocFreq.Length == terms && a.PostingPassages.Length == a.PostingWeights.Length
            && a.TokenTerms.Length == a.TokenPositions.Length && a.SentenceStarts.Length == a.SentenceFeatures.Length
            && a.SurfaceTerms.Length == a.SurfaceWords.Count && a.SurfaceFrequencies.Length == a.SurfaceWords.Count);
        Offsets(a.PostingOffsets, terms, a.PostingPassages.Length);
        Offsets(a.TokenOffsets, passages, a.TokenTerms.Length);
        Offsets(a.SentenceOffsets, passages, a.SentenceStarts.Length);

        for (var t = 0; t < terms; t++)
        {
            var previous = -1;
            Require(a.DocFreq[t] == a.PostingOffsets[t + 1] - a.PostingOffsets[t]);
            for (var k = a.PostingOffsets[t]; k < a.PostingOffsets[t + 1]; k++)
            {
                Require(a.PostingPassages[k] > previous && a.PostingPassages[k] < passages);
                previous = a.PostingPassages[k];
            }
        }

        Weights(a.PostingWeights);

        for (var p = 0; p < passages; p++)
        {
            Require(a.SentenceOffsets[p + 1] - a.SentenceOffsets[p] == sentencesPerPassage[p]);
        }

        Require(a.TokenTerms.AllIn(terms) && a.TokenPositions.AllIn(int.MaxValue));
        InRange(a.SurfaceTerms, terms);

        foreach (var value in a.SentenceStarts)
        {
            Require(value >= 0);
        }

        return a;
    }

    /// <summary>
    /// Every weight finite and not negative; when coded, every code inside the table, and the table what coding the
    /// weights would have made (ascending by bits, each weight once, each used by some posting), so a loaded index holds
    /// what a built one does and <see cref="PostingWeights.Distinct"/> still reads each distinct weight once.
    /// </summary>
    private static void Weights(PostingWeights weights)
    {
        foreach (var weight in weights.Distinct)
        {
            Require(float.IsFinite(weight) && weight >= 0);
        }

        if (!weights.IsCoded)
        {
            return;
        }

        var table = weights.Table;
        for (var i = 1; i < table.Length; i++)
        {
            Require(BitConverter.SingleToInt32Bits(table[i - 1]) < BitConverter.SingleToInt32Bits(table[i]));
        }

        var used = new bool[table.Length];
        foreach (var code in weights.Codes)
        {
            Require(code < used.Length);
            used[code] = true;
        }

        Require(!used.AsSpan().Contains(false));
    }

    private static void Offsets(int[] offsets, int count, int length)
    {
        Require(offsets.Length == count + 1 && offsets[0] == 0 && offsets[^1] == length);
        for (var i = 0; i < count; i++)
        {
            Require(offsets[i] <= offsets[i + 1]);
        }
    }

    private static void InRange(int[] values, int count)
    {
        foreach (var value in values)
        {
            Require((uint)value < (uint)count);
        }
    }

    private static void Require(bool holds)
    {
        if (!holds)
        {
            throw new InvalidDataException("snapshot index arrays are malformed");
        }
    }
}
