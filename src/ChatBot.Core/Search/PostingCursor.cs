namespace ChatBot.Core.Search;

/// <summary>
/// A position in one concept's postings (passages ascending). The score of a posting is
/// <see cref="Factor"/> × weight, the same product the exhaustive path computes, so both agree to the bit.
/// </summary>
/// <remarks>
/// A concept with several alternatives is a cursor over its alternatives' own cursors (<see cref="Count"/> of them
/// from <see cref="First"/> in the caller's alternatives array), so nothing is merged per query and the alternatives
/// keep their block maxima. It then keeps its current passage and best score in slot <see cref="Position"/> of
/// shared one-per-concept arrays (<see cref="End"/> = Position + 1 while it has a passage), so <see cref="Passage"/>
/// and <see cref="Score"/> read the same way for both kinds.
/// </remarks>
internal struct PostingCursor
{
    public int[] Passages;
    public float[] Weights;
    public float Factor;
    public int Position;
    public int End;
    public int Concept;
    public float UpperBound;
    public int First;
    public int Count;

    public readonly int Passage => Position < End ? Passages[Position] : int.MaxValue;

    public readonly float Score => Factor * Weights[Position];

    /// <summary>Steps past the current passage.</summary>
    public void Next(PostingCursor[] alternatives)
    {
        if (Count == 0)
        {
            Position++;
            return;
        }

        var passage = Passages[Position];
        for (var a = First; a < First + Count; a++)
        {
            if (alternatives[a].Passage == passage)
            {
                alternatives[a].Position++;
            }
        }

        Settle(alternatives);
    }

    /// <summary>
    /// Moves the alternatives' cursors to the first passage at or after where they stand that one of them scores
    /// positive, with the best of their scores there: the value the exhaustive path keeps (the larger of two scores,
    /// the same float whichever order they come in), and a passage where none is positive is left out, as there.
    /// </summary>
    public void Settle(PostingCursor[] alternatives)
    {
        while (true)
        {
            var passage = int.MaxValue;
            for (var a = First; a < First + Count; a++)
            {
                passage = Math.Min(passage, alternatives[a].Passage);
            }

            if (passage == int.MaxValue)
            {
                End = Position;
                return;
            }

            var best = 0f;
            for (var a = First; a < First + Count; a++)
            {
                ref var alternative = ref alternatives[a];
                if (alternative.Passage == passage)
                {
                    var s = alternative.Score;
                    best = s > best ? s : best;
                }
            }

            if (best > 0)
            {
                (Passages[Position], Weights[Position], End) = (passage, best, Position + 1);
                return;
            }

            for (var a = First; a < First + Count; a++)
            {
                if (alternatives[a].Passage == passage)
                {
                    alternatives[a].Position++;
                }
            }
        }
    }

    /// <summary>
    /// The most this concept can add to <paramref name="target"/>, from the maximum of the block of postings that could
    /// hold it (Block-Max MaxScore): skips whole blocks that end before the target without looking inside them. For
    /// several alternatives, the largest of theirs (a passage scores the best of its alternatives). Only postings before
    /// the target are passed, so a current passage at or after it stays valid; an earlier one is settled again by
    /// <see cref="AdvanceTo"/>.
    /// </summary>
    public float BlockBound(Indexing.InvertedIndex index, int target, PostingCursor[] alternatives)
    {
        if (Count != 0)
        {
            if (Position >= End)
            {
                return 0f;
            }

            var bound = 0f;
            for (var a = First; a < First + Count; a++)
            {
                bound = MathF.Max(bound, alternatives[a].BlockBound(index, target, alternatives));
            }

            return bound;
        }

        while (Position < End)
        {
            var last = Math.Min(End, ((Position >> Indexing.InvertedIndex.BlockShift) + 1) << Indexing.InvertedIndex.BlockShift) - 1;
            if (Passages[last] >= target)
            {
                return MathF.Min(UpperBound, Factor * index.BlockMaxWeight(Position));
            }

            Position = last + 1;
        }

        return 0f;
    }

    /// <summary>
    /// With this the one essential concept left, skips the blocks of its postings whose best weight, with everything
    /// the non-essential concepts could add, cannot beat the threshold (Block-Max, Ding and Suel 2011). For several
    /// alternatives, up to the first end of their current blocks: no passage before it can score more than the largest
    /// of their blocks' maxima.
    /// </summary>
    public void SkipBlocks(Indexing.InvertedIndex index, (float Others, float Factor) reach, float threshold, PostingCursor[] alternatives)
    {
        if (Count == 0)
        {
            while (Position < End && ((Factor * index.BlockMaxWeight(Position)) + reach.Others) * reach.Factor <= threshold)
            {
                Position = Math.Min(End, ((Position >> Indexing.InvertedIndex.BlockShift) + 1) << Indexing.InvertedIndex.BlockShift);
            }

            return;
        }

        while (Position < End)
        {
            var bound = 0f;
            var last = int.MaxValue;
            for (var a = First; a < First + Count; a++)
            {
                ref var alternative = ref alternatives[a];
                if (alternative.Position < alternative.End)
                {
                    var end = Math.Min(alternative.End, ((alternative.Position >> Indexing.InvertedIndex.BlockShift) + 1) << Indexing.InvertedIndex.BlockShift);
                    last = Math.Min(last, alternative.Passages[end - 1]);
                    bound = MathF.Max(bound, alternative.Factor * index.BlockMaxWeight(alternative.Position));
                }
            }

            if ((bound + reach.Others) * reach.Factor > threshold)
            {
                return;
            }

            for (var a = First; a < First + Count; a++)
            {
                alternatives[a].AdvanceTo(last + 1, alternatives);
            }

            Settle(alternatives);
        }
    }

    /// <summary>Moves to the first posting at or after <paramref name="target"/>: galloping, then binary search.</summary>
    public void AdvanceTo(int target, PostingCursor[] alternatives)
    {
        if (Position >= End || Passages[Position] >= target)
        {
            return;
        }

        if (Count != 0)
        {
            for (var a = First; a < First + Count; a++)
            {
                alternatives[a].AdvanceTo(target, alternatives);
            }

            Settle(alternatives);
            return;
        }

        var low = Position;
        var step = 1;
        var high = Position + 1;
        while (high < End && Passages[high] < target)
        {
            low = high;
            step <<= 1;
            high = low + step;
        }

        high = Math.Min(high, End);
        var first = low + 1;
        while (first < high)
        {
            var middle = (int)((uint)(first + high) >> 1);
            if (Passages[middle] < target)
            {
                first = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        Position = first;
    }
}
