using System.Numerics;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>
/// Second-stage signals for one passage, from its word positions:
/// <list type="bullet">
/// <item>proximity — for each pair of query concepts, the weaker one's weight over their smallest distance in
/// words, doubled when they appear in the query's order and spacing;</item>
/// <item>best sentence — the largest share of the query's weight that a single sentence covers, raised when that
/// sentence holds the kind of fact the question wants (a date for "when").</item>
/// </list>
/// Per-thread and reused: <see cref="Begin"/> maps the query's terms to its concepts once, so each passage costs one
/// pass over its words and no allocation.
/// </summary>
internal sealed class PassageRescorer
{
    /// <summary>
    /// Per index term: its slot (from 1) when it stands for a query concept, else -1 when it is a number, else 0 —
    /// the numbers set once per index, so one look-up a word tells re-scoring and the passage match's walk apart.
    /// </summary>
    private int[] termSlots = [];

    /// <summary>
    /// A bit per index term, set where <see cref="termSlots"/> is not 0: most words are neither, and a look-up in this
    /// (a few kilobytes, which stay in the nearest cache) tells them apart at a fraction of the slots' cache misses.
    /// </summary>
    private ulong[] walkedTerms = [];

    /// <summary>
    /// A bit per index term, set for the query's terms only: of the walked words, those that are numbers are told
    /// apart here (a few kilobytes, in the nearest cache) instead of by their slot, a load that usually misses it.
    /// </summary>
    private ulong[] queryTerms = [];
    private InvertedIndex? numbersOf;
    private readonly List<int> slotTerms = [];
    private readonly List<(int Concept, float Quality)> slotConcepts = [];
    private readonly List<int> slotStarts = [];
    private readonly ConceptPositions positions = new();
    private float[] sentenceQuality = [];
    private float[] weights = [];
    private float total;
    private int conceptCount;

    /// <summary>The query's total weight, which a sentence's share is divided by.</summary>
    public float Total => total;

    /// <summary>Prepares for one query; <see cref="End"/> must follow.</summary>
    public void Begin(InvertedIndex index, List<QueryConcept> concepts)
    {
        if (!ReferenceEquals(numbersOf, index) || termSlots.Length != index.TermCount)
        {
            termSlots = new int[index.TermCount];
            walkedTerms = new ulong[(index.TermCount + 63) >> 6];
            queryTerms = new ulong[walkedTerms.Length];
            for (var term = 0; term < termSlots.Length; term++)
            {
                termSlots[term] = index.IsNumber(term) ? -1 : 0;
                walkedTerms[term >> 6] |= index.IsNumber(term) ? 1UL << term : 0;
            }

            numbersOf = index;
        }

        Walks.Begin();

        conceptCount = Math.Min(concepts.Count, 64);
        weights = weights.Length == concepts.Count ? weights : new float[concepts.Count];
        for (var c = 0; c < concepts.Count; c++)
        {
            weights[c] = concepts[c].Weight;
        }

        total = weights.Sum();
        slotTerms.Clear();
        slotConcepts.Clear();
        slotStarts.Clear();
        // Indexed loops, not foreach: the alternatives are an interface, whose enumerator is an object each time.
        foreach (var concept in concepts)
        {
            var alternatives = concept.Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var termId = alternatives[a].TermId;
                if (termSlots[termId] <= 0)
                {
                    slotTerms.Add(termId);
                    termSlots[termId] = slotTerms.Count;
                    walkedTerms[termId >> 6] |= 1UL << termId;
                    queryTerms[termId >> 6] |= 1UL << termId;
                }
            }
        }

        // Per term, each concept it stands for with the weight of the concept's first alternative that is this term.
        foreach (var term in slotTerms)
        {
            slotStarts.Add(slotConcepts.Count);
            for (var c = 0; c < concepts.Count; c++)
            {
                var alternatives = concepts[c].Alternatives;
                for (var a = 0; a < alternatives.Count; a++)
                {
                    if (alternatives[a].TermId == term)
                    {
                        slotConcepts.Add((c, alternatives[a].Weight));
                        break;
                    }
                }
            }
        }

        slotStarts.Add(slotConcepts.Count);
        positions.Reset(concepts.Count);
    }

    /// <summary>The words each <see cref="Score"/> since <see cref="Begin"/> walked, for the passage match to read.</summary>
    public PassageWalks Walks { get; } = new();

    public void End()
    {
        foreach (var term in slotTerms)
        {
            var isNumber = numbersOf!.IsNumber(term);
            termSlots[term] = isNumber ? -1 : 0;
            walkedTerms[term >> 6] = isNumber ? walkedTerms[term >> 6] | (1UL << term) : walkedTerms[term >> 6] & ~(1UL << term);
            queryTerms[term >> 6] &= ~(1UL << term);
        }

        slotTerms.Clear();
    }

    public (float Proximity, float BestSentence) Score(InvertedIndex index, int passage, List<QueryConcept> concepts, AnswerFeatures wanted, SearchOptions options)
    {
        var starts = index.SentenceStarts(passage);
        var features = index.SentenceFeatures(passage);
        var cells = starts.Length * Math.Max(1, conceptCount);
        if (sentenceQuality.Length < cells)
        {
            sentenceQuality = new float[Math.Max(cells, 2 * sentenceQuality.Length)];
        }

        var quality = sentenceQuality.AsSpan(0, cells);
        quality.Clear();
        Find(index, passage, starts, quality);
        var best = 0f;
        for (var s = 0; s < starts.Length; s++)
        {
            var score = SentenceShare(quality, s);
            if (wanted != AnswerFeatures.None && (features[s] & wanted) != 0)
            {
                score *= 1 + options.AnswerTypeBonus;
            }

            best = MathF.Max(best, score);
        }

        return (Proximity(concepts, options.ProximityWindow), best);
    }

    /// <summary>
    /// Where each query concept occurs in the passage, in word order, and each concept's best match in each sentence
    /// (the sentences are found with a cursor that moves forward with the words). First one tight pass over the words
    /// lists, for <see cref="Walks"/>, those that stand for a term or a number; then only those are looked at.
    /// </summary>
    private void Find(InvertedIndex index, int passage, ReadOnlySpan<int> starts, Span<float> quality)
    {
        positions.Clear();
        var terms = index.PassageTerms(passage);
        var at = index.PassagePositions(passage);
        var sentences = new SentenceCursor(starts);
        var walks = Walks;
        walks.Open(passage, terms.Length);
        var room = walks.Room;
        var count = terms.Width switch
        {
            1 => Scan(terms.Stored<byte>(), walkedTerms, room),
            2 => Scan(terms.Stored<ushort>(), walkedTerms, room),
            _ => Scan(terms.Stored<int>(), walkedTerms, room),
        };

        var query = queryTerms;
        foreach (var t in room[..count])
        {
            var term = terms[t];
            if ((query[term >> 6] & (1UL << term)) == 0)
            {
                continue;
            }

            var slot = termSlots[term];
            var position = at[t];
            var row = sentences.Of(position) * conceptCount;
            for (var k = slotStarts[slot - 1]; k < slotStarts[slot]; k++)
            {
                var (concept, matchQuality) = slotConcepts[k];
                positions.Add(concept, position, matchQuality);
                if (concept < conceptCount)
                {
                    ref var cell = ref quality[row + concept];
                    cell = MathF.Max(cell, matchQuality);
                }
            }
        }

        walks.Close(count);
    }

    /// <summary>
    /// Writes to <paramref name="marks"/> the index of every word whose term has its bit in <paramref name="walked"/>;
    /// returns how many. Every index is written and the count moves only for the marked ones: a branch there would
    /// be mispredicted at about every fifth word.
    /// </summary>
    private static int Scan<T>(ReadOnlySpan<T> terms, ulong[] walked, Span<int> marks)
        where T : unmanaged, IBinaryInteger<T>
    {
        var count = 0;
        for (var t = 0; t < terms.Length; t++)
        {
            var term = int.CreateTruncating(terms[t]);
            marks[count] = t;
            count += (int)((walked[term >> 6] >> term) & 1);
        }

        return count;
    }

    /// <summary>The weighted share of the query that sentence <paramref name="s"/> covers (each concept at its best match there).</summary>
    private float SentenceShare(Span<float> quality, int s)
    {
        if (total <= 0)
        {
            return 0;
        }

        var sum = 0f;
        for (var c = 0; c < conceptCount; c++)
        {
            sum += weights[c] * MathF.Max(0f, quality[(s * conceptCount) + c]);
        }

        return sum / total;
    }

    /// <summary>
    /// Pairs only the concepts that occur in the passage (listed once, not tested for every pair), in the order of
    /// their numbers as before, so the bonus adds up the same pairs in the same order.
    /// </summary>
    private float Proximity(List<QueryConcept> concepts, int window)
    {
        Span<int> present = concepts.Count <= 64 ? stackalloc int[64] : new int[concepts.Count];
        var count = 0;
        for (var c = 0; c < concepts.Count; c++)
        {
            if (positions.Count(c) > 0)
            {
                present[count++] = c;
            }
        }

        var bonus = 0f;
        for (var a = 0; a < count; a++)
        {
            var i = present[a];
            var first = concepts[i];
            var firstPositions = positions.Positions(i);
            var firstSorted = positions.IsSorted(i);
            for (var b = a + 1; b < count; b++)
            {
                var j = present[b];
                var second = concepts[j];
                var sorted = firstSorted && positions.IsSorted(j);
                var (distance, inOrder) = ClosestOccurrence.Find(firstPositions, positions.Positions(j), second.Position - first.Position, sorted);
                if (distance > 0 && distance <= window)
                {
                    var pair = Math.Min(first.Weight, second.Weight) / distance;
                    bonus += inOrder ? 2 * pair : pair;
                }
            }
        }

        return bonus;
    }
}
