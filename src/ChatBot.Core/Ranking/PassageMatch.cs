using ChatBot.Core.Indexing;
using ChatBot.Core.Search;

namespace ChatBot.Core.Ranking;

/// <summary>
/// One passage read against a question in a single pass over its terms: where each concept occurs, and from that
/// a <see cref="SentenceMatch"/> per sentence plus the same measures for the passage as a whole.
/// </summary>
public sealed partial class PassageMatch
{
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
}
