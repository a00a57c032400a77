using ChatBot.Core.Corpus;
using ChatBot.Core.Search;

namespace ChatBot.Core.Ranking;

/// <summary>The features of a (question, passage) pair for the passage ranker. Every one carries to any text.</summary>
public static class PassageFeatures
{
    /// <summary>Filled in once every candidate has its features: BM25 over the best candidate's.</summary>
    public const int Bm25Relative = 35;

    public static readonly string[] Names =
    [
        "first_stage_relative", "first_stage_rank", "first_stage_coverage", "coverage", "evidence_coverage",
        "exact_pairs", "near_pairs", "chain", "best_sentence_coverage", "best_sentence_evidence_coverage",
        "best_sentence_exact_pairs", "best_sentence_near_pairs", "best_sentence_chain", "best_sentence_density",
        "best_two_sentences_share", "best_typed_sentence_coverage", "words", "sentences", "is_reference",
        "names_missing", "heaviest_missing", "first_stage_score", "question_concepts", "question_unknown_share",
        "wh", "kind", "yes_no", "matched_token_share", "first_in_paragraph", "surface_words", "surface_bigrams",
        "surface_trigrams", "surface_longest_run", "best_sentence_number_near_match", "bm25", "bm25_relative",
    ];

    /// <summary>The semantic features, after the lexical ones, when the question and the index have vectors.</summary>
    public static readonly string[] DenseNames = ["cosine", "cosine_behind_best"];

    public const int Cosine = 36;

    public const int CosineBehindBest = 37;

    public static string[] NamesFor(bool dense) => dense ? [.. Names, .. DenseNames] : Names;

    public static float[] Compute(QuestionProfile question, SearchHit hit, float topScore, PassageMatch match, ReadOnlySpan<Questions.AnswerFeatures> holds, bool firstInParagraph, Indexing.PassageVectors? vectors, SurfaceTokens surface)
    {
        var f = new float[question.IsDense ? Names.Length + DenseNames.Length : Names.Length];
        if (question.Vector is { } vector && vectors is not null)
        {
            f[Cosine] = vectors.Cosine(hit.Passage.Ordinal, vector);
        }

        var whole = match.Whole;
        f[0] = topScore <= 0 ? 0 : hit.Score / topScore;
        f[1] = hit.Rank;
        f[2] = hit.Coverage;
        f[3] = whole.Coverage;
        f[4] = whole.EvidenceCoverage;
        f[5] = whole.ExactPairs;
        f[6] = whole.NearPairs;
        f[7] = whole.Chain;
        var sentences = match.Sentences;
        BestOfSentences(question, sentences, holds, f.AsSpan(8, 8));
        f[16] = whole.Words;
        f[17] = sentences.Length;
        f[18] = hit.Passage.Kind == BlockKind.Reference ? 1 : 0;
        f[19] = NamesMissing(question, whole.Mask);
        f[20] = question.HeaviestMissing(whole.Mask);
        f[21] = hit.Score;
        Question(question, f.AsSpan(22));
        f[27] = whole.ContentTokens == 0 ? 0 : whole.MatchedTokens / (float)whole.ContentTokens;
        f[28] = firstInParagraph ? 1 : 0;
        (f[29], f[30], f[31], f[32]) = question.Surface.Measure(surface, surface.Of(hit.Passage));
        f[33] = sentences.Length == 0 ? 0 : NearestNumber(sentences);
        f[34] = whole.Bm25;
        return f;
    }

    /// <summary>
    /// Features 8–15: each sentence measure's best, as <c>MathF.Max</c> from 0 over the sentences in order, kept in locals
    /// (the loop ran over the feature array's slots before) and read from the sentence in place rather than copied.
    /// </summary>
    internal static void BestOfSentences(QuestionProfile question, SentenceMatch[] sentences, ReadOnlySpan<Questions.AnswerFeatures> holds, Span<float> best)
    {
        float coverage = 0, evidence = 0, exact = 0, near = 0, chain = 0, density = 0, pairShare = 0, typed = 0;
        var wanted = question.Wanted;
        var lastPair = 0UL;
        var lastShare = 0f;
        for (var s = 0; s < sentences.Length; s++)
        {
            ref readonly var sentence = ref sentences[s];
            coverage = MathF.Max(coverage, sentence.Coverage);
            evidence = MathF.Max(evidence, sentence.EvidenceCoverage);
            exact = MathF.Max(exact, sentence.ExactPairs);
            near = MathF.Max(near, sentence.NearPairs);
            chain = MathF.Max(chain, sentence.Chain);
            density = MathF.Max(density, sentence.Density);
            var pair = s + 1 < sentences.Length ? sentence.Mask | sentences[s + 1].Mask : sentence.Mask;

            // Neighbouring pairs often cover the same concepts: a share is a function of the mask alone.
            if (s == 0 || pair != lastPair)
            {
                (lastPair, lastShare) = (pair, question.Share(pair));
            }

            pairShare = MathF.Max(pairShare, lastShare);
            if (wanted != Questions.AnswerFeatures.None && s < holds.Length && (holds[s] & wanted) != 0)
            {
                typed = MathF.Max(typed, sentence.Coverage);
            }
        }

        (best[0], best[1], best[2], best[3], best[4], best[5], best[6], best[7]) = (coverage, evidence, exact, near, chain, density, pairShare, typed);
    }

    /// <summary>The highest <see cref="SentenceMatch.NumberNearMatch"/>, as <c>Enumerable.Max</c> picks it (never NaN).</summary>
    private static float NearestNumber(SentenceMatch[] sentences)
    {
        var best = sentences[0].NumberNearMatch;
        for (var s = 1; s < sentences.Length; s++)
        {
            best = sentences[s].NumberNearMatch > best ? sentences[s].NumberNearMatch : best;
        }

        return best;
    }

    /// <summary>The share of the question's name weight a mask lacks (0 when the question names nothing).</summary>
    internal static float NamesMissing(QuestionProfile question, ulong mask) =>
        question.NameWeight <= 0 ? 0 : question.Share(question.Names & ~mask) * question.TotalWeight / question.NameWeight;

    /// <summary>Five question-level features: concepts, unknown share, question word, kind, yes/no.</summary>
    internal static void Question(QuestionProfile question, Span<float> f)
    {
        f[0] = question.Concepts.Count;
        f[1] = question.TotalWeight <= 0 ? 1 : question.UnknownWeight / question.TotalWeight;
        f[2] = (float)question.Wh;
        f[3] = (float)question.Kind;
        f[4] = question.Plan.IsYesNo ? 1 : 0;
    }
}
