using ChatBot.Core.Indexing;
using ChatBot.Core.Search;

namespace ChatBot.Core.Ranking;

/// <summary>
/// One passage read against a question in a single pass over its terms: where each concept occurs, and from that
/// a <see cref="SentenceMatch"/> per sentence plus the same measures for the passage as a whole.
/// </summary>
public sealed partial class PassageMatch
{
    private const int NearSlack = 3;

    [ThreadStatic]
    private static Scratch? scratch;

    private PassageMatch(SentenceMatch[] sentences, SentenceMatch whole)
    {
        Sentences = sentences;
        Whole = whole;
    }

    public SentenceMatch[] Sentences { get; }

    public SentenceMatch Whole { get; }

    public static PassageMatch Compute(InvertedIndex index, int passage, QuestionProfile question) => Compute(index, passage, question, default);

    /// <summary>
    /// The match, reading the words the search's re-scoring marked when it walked this passage for the question's plan
    /// (see <see cref="PassageWalks"/>) instead of walking them again; without such a walk, every word.
    /// </summary>
    internal static PassageMatch Compute(InvertedIndex index, int passage, QuestionProfile question, WalkedPassages walked)
    {
        var terms = index.PassageTerms(passage);
        var positions = index.PassagePositions(passage);
        var starts = index.SentenceStarts(passage);
        var concepts = question.Concepts.Count;
        var sentenceCount = Math.Max(1, starts.Length);
        var buffers = scratch ??= new Scratch();
        var quality = buffers.Quality(sentenceCount * Math.Max(1, concepts));
        var (occurrences, numbers) = (buffers.Occurrences, buffers.Numbers);
        occurrences.Clear();
        numbers.Clear();
        var sentences = new SentenceMatch[sentenceCount];
        var lastPosition = positions.Length == 0 ? 0 : positions[^1];
        for (var s = 0; s < sentenceCount; s++)
        {
            var first = s < starts.Length ? Math.Min(starts[s], lastPosition + 1) : 0;
            var next = s + 1 < starts.Length ? Math.Min(starts[s + 1], lastPosition + 1) : lastPosition + 1;
            sentences[s].FirstPosition = first;
            sentences[s].Words = Math.Max(0, next - first);
        }

        var reading = new Reading(index, question, terms, positions, sentences, quality, occurrences, numbers);
        if (walked.TryFind(index, question.Plan, passage, out var marks))
        {
            reading.Marked(marks, starts);
        }
        else
        {
            reading.Every(starts);
        }

        var words = 0;
        foreach (var sentence in sentences)
        {
            // Checked, as Enumerable.Sum adds.
            words = checked(words + sentence.Words);
        }

        var whole = new SentenceMatch { Words = words, ContentTokens = terms.Length };
        Span<float> best = stackalloc float[Math.Max(1, concepts)];
        best.Clear();
        var from = 0;
        var firstNumber = 0;
        for (var s = 0; s < sentenceCount; s++)
        {
            var until = s + 1 < sentenceCount ? sentences[s + 1].FirstPosition : int.MaxValue;
            var to = from;
            while (to < occurrences.Count && occurrences[to].Position < until)
            {
                to++;
            }

            Fill(ref sentences[s], quality.Slice(s * concepts, concepts), question, occurrences, from, to);
            sentences[s].NumberNearMatch = NumberNear(numbers, ref firstNumber, occurrences, from, to, sentences[s].FirstPosition, until);
            for (var c = 0; c < concepts; c++)
            {
                best[c] = MathF.Max(best[c], quality[(s * concepts) + c]);
            }

            whole.MatchedTokens += sentences[s].MatchedTokens;
            from = to;
        }

        Fill(ref whole, best[..concepts], question, occurrences, 0, occurrences.Count);
        whole.Bm25 = Bm25(question, occurrences, index, terms.Length);
        return new PassageMatch(sentences, whole);
    }

    /// <summary>
    /// The per-call working space, kept per thread: a question computes some 24 matches, and these buffers were most of
    /// what an answer allocated. Nothing in them outlives a call.
    /// </summary>
    private sealed class Scratch
    {
        private float[] quality = new float[256];

        public List<(int Position, int Concept)> Occurrences { get; } = new(256);

        public List<int> Numbers { get; } = [];

        public Span<float> Quality(int length)
        {
            if (quality.Length < length)
            {
                quality = new float[Math.Max(length, quality.Length * 2)];
            }

            var span = quality.AsSpan(0, length);
            span.Clear();
            return span;
        }
    }

    private static float Bm25(QuestionProfile question, List<(int Position, int Concept)> occurrences, InvertedIndex index, int length)
    {
        const float K1 = 1.2f;
        const float B = 0.75f;
        Span<int> counts = stackalloc int[Math.Max(1, question.Concepts.Count)];
        counts.Clear();
        foreach (var (_, concept) in occurrences)
        {
            counts[concept]++;
        }

        var norm = K1 * (1 - B + (B * length / Math.Max(1f, index.AverageTerms)));
        var score = 0f;
        for (var c = 0; c < question.Concepts.Count; c++)
        {
            score += counts[c] == 0 ? 0 : question.Weights[c] * counts[c] * (K1 + 1) / (counts[c] + norm);
        }

        return score;
    }

    private static void Fill(ref SentenceMatch match, ReadOnlySpan<float> quality, QuestionProfile question, List<(int Position, int Concept)> occurrences, int from, int to)
    {
        var coverage = 0f;
        var evidence = 0f;
        var mask = 0UL;
        for (var c = 0; c < quality.Length; c++)
        {
            if (quality[c] > 0)
            {
                mask |= 1UL << c;
                coverage += question.Weights[c] * quality[c];
                evidence += question.EvidenceWeights[c] * quality[c];
            }
        }

        match.Mask = mask;
        match.Coverage = question.TotalWeight <= 0 ? 0 : coverage / question.TotalWeight;
        match.EvidenceCoverage = question.TotalEvidenceWeight <= 0 ? 0 : evidence / question.TotalEvidenceWeight;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(occurrences)[from..to];
        (match.ExactPairs, match.NearPairs, match.Chain) = Pairs(question, span);
        match.Density = Density(span, System.Numerics.BitOperations.PopCount(mask), quality.Length);
    }

    /// <summary>
    /// The numbers in [<paramref name="first"/>, <paramref name="until"/>) against the span's occurrences. Numbers are
    /// listed as the words stand (ascending) and sentences are read in order, so <paramref name="next"/> carries where the
    /// last sentence stopped: each sentence visits its own numbers, not the whole passage's.
    /// </summary>
    private static float NumberNear(List<int> numbers, ref int next, List<(int Position, int Concept)> occurrences, int from, int to, int first, int until)
    {
        var best = int.MaxValue;
        var listed = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(numbers);
        var found = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(occurrences)[from..to];
        var n = next;
        while (n < listed.Length && listed[n] < first)
        {
            n++;
        }

        for (; n < listed.Length && listed[n] < until; n++)
        {
            var number = listed[n];
            foreach (var (position, _) in found)
            {
                best = Math.Min(best, Math.Abs(position - number));
            }
        }

        next = n;
        return best == int.MaxValue ? 0 : 1f / best;
    }

    /// <summary>Adjacent question concepts (in question order) found at the question's spacing, or near it.</summary>
    internal static (float Exact, float Near, float Chain) Pairs(QuestionProfile question, ReadOnlySpan<(int Position, int Concept)> span)
    {
        var order = question.InOrder;
        if (order.Length < 2)
        {
            var alone = order.Length == 1 && span.Length > 0 ? 1f : 0f;
            return (alone, alone, alone);
        }

        // A pair with a concept absent from the span finds nothing: it is not searched for.
        var present = 0UL;
        foreach (var (_, concept) in span)
        {
            present |= 1UL << concept;
        }

        var gaps = question.InOrderGaps;
        int exact = 0, near = 0, run = 0, longest = 0;
        for (var i = 0; i + 1 < order.Length; i++)
        {
            var a = order[i];
            var b = order[i + 1];
            var (isExact, isNear) = (present & (1UL << a)) != 0 && (present & (1UL << b)) != 0 ? Pair(span, a, b, gaps[i]) : (false, false);

            exact += isExact ? 1 : 0;
            near += isNear ? 1 : 0;
            run = isNear ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var pairs = order.Length - 1f;
        return (exact / pairs, near / pairs, (longest + 1f) / order.Length);
    }

    /// <summary>
    /// Whether concept <paramref name="b"/> occurs exactly <paramref name="gap"/> words after <paramref name="a"/>, and
    /// whether within <see cref="NearSlack"/> more. The occurrences are in text order and a question's later concept never
    /// stands before its earlier one (<paramref name="gap"/> is at least 0), so only those up to that far after each
    /// <paramref name="a"/> can count: the same answer as comparing every occurrence with every other.
    /// </summary>
    internal static (bool Exact, bool Near) Pair(ReadOnlySpan<(int Position, int Concept)> span, int a, int b, int gap)
    {
        var (isExact, isNear) = (false, false);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i].Concept != a)
            {
                continue;
            }

            var pa = span[i].Position;
            for (var j = i + 1; j < span.Length && span[j].Position - pa <= gap + NearSlack; j++)
            {
                if (span[j].Concept == b && span[j].Position > pa)
                {
                    isExact |= span[j].Position - pa == gap;
                    isNear = true;
                }
            }

            if (isExact)
            {
                return (true, true);
            }
        }

        return (isExact, isNear);
    }

    /// <summary>Distinct concepts over the width of the smallest window of words that holds all of them.</summary>
    private static float Density(ReadOnlySpan<(int Position, int Concept)> span, int distinct, int concepts)
    {
        if (distinct <= 1)
        {
            return distinct;
        }

        // Concepts are bits of a 64-bit mask, so a count per concept fits on the stack.
        Span<int> counts = stackalloc int[concepts];
        counts.Clear();
        var present = 0;
        var width = int.MaxValue;
        var left = 0;
        for (var right = 0; right < span.Length; right++)
        {
            present += counts[span[right].Concept]++ == 0 ? 1 : 0;
            while (present == distinct)
            {
                width = Math.Min(width, span[right].Position - span[left].Position + 1);
                present -= --counts[span[left].Concept] == 0 ? 1 : 0;
                left++;
            }
        }

        return width == int.MaxValue ? 0 : distinct / (float)width;
    }
}
