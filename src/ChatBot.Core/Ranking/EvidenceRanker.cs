using ChatBot.Core.Indexing;
using ChatBot.Core.Search;

namespace ChatBot.Core.Ranking;

/// <summary>
/// Ranks the evidence for a question with the trained models: the first-stage search proposes passages, the passage
/// model re-orders them, the sentence model scores every sentence of the best few, and the answerability model says
/// how likely the best of it answers the question.
/// </summary>
public sealed class EvidenceRanker(EvidenceModels models, RankerOptions? options = null)
{
    private readonly RankerOptions settings = options ?? RankerOptions.Default;

    public EvidenceModels Models => models;

    public RankedEvidence Rank(RetrievalContext context, QuestionProfile question) =>
        Rank(context, question, settings.Candidates);

    public RankedEvidence Rank(RetrievalContext context, QuestionProfile question, int candidates)
    {
        var passages = RankPassages(context, question, Math.Max(candidates, settings.SentencePassages));
        return new RankedEvidence(question, passages, RankSentences(context.Corpus, question, passages));
    }

    /// <summary>How likely the answer made of these sentences is right (without a model: the best sentence's coverage).</summary>
    public Assessment Assess(RankedEvidence evidence, Answers.AnswerChoice choice)
    {
        var features = AnswerabilityFeatures.Compute(evidence.Question, evidence.Passages, evidence.Sentences, choice);
        var probability = models.Answerability?.Probability(features) ?? (evidence.Sentences.Count == 0 ? 0 : evidence.Sentences[0].Match.Coverage);
        return new Assessment(features, probability);
    }

    /// <summary>The first-stage candidates re-ordered by the passage model, best first, ranks set.</summary>
    public List<RankedPassage> RankPassages(RetrievalContext context, QuestionProfile question, int candidates)
    {
        var corpus = context.Corpus;
        var hits = context.Searcher.Search(question.Plan, candidates, out var walked);
        var top = 0f;
        if (hits.Count > 0)
        {
            top = hits[0].Score;
            for (var i = 1; i < hits.Count; i++)
            {
                top = Larger(top, hits[i].Score);
            }
        }

        var passages = new List<RankedPassage>(hits.Count);
        var surface = SurfaceTokens.For(corpus);
        var openings = ParagraphOpenings.For(corpus);
        Touch(surface, hits);
        foreach (var hit in hits)
        {
            var match = PassageMatch.Compute(corpus.Index, hit.Passage.Ordinal, question, walked);
            var features = PassageFeatures.Compute(question, hit, top, match, corpus.Index.SentenceFeatures(hit.Passage.Ordinal), openings.IsFirstInParagraph(hit.Passage), corpus.Vectors, surface);
            passages.Add(new RankedPassage(hit, match, features));
        }

        var (bestBm25, bestCosine) = (0f, 0f);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            bestBm25 = i == 0 ? passage.Match.Whole.Bm25 : Larger(bestBm25, passage.Match.Whole.Bm25);
            if (question.IsDense)
            {
                bestCosine = i == 0 ? passage.Features[PassageFeatures.Cosine] : Larger(bestCosine, passage.Features[PassageFeatures.Cosine]);
            }
        }
        foreach (var passage in passages)
        {
            passage.Features[PassageFeatures.Bm25Relative] = bestBm25 <= 0 ? 0 : passage.Match.Whole.Bm25 / bestBm25;
            if (question.IsDense)
            {
                passage.Features[PassageFeatures.CosineBehindBest] = passage.Features[PassageFeatures.Cosine] - bestCosine;
            }
        }

        var scores = Score(models.Passage, passages, static p => p.Features);
        for (var i = 0; i < passages.Count; i++)
        {
            passages[i].Score = scores?[i] ?? passages[i].Features[0];
        }

        passages.Sort((a, b) => b.Score.CompareTo(a.Score) is var order && order != 0 ? order : a.Hit.Rank.CompareTo(b.Hit.Rank));
        for (var i = 0; i < passages.Count; i++)
        {
            passages[i].Rank = i + 1;
        }

        return passages;
    }

    private List<RankedSentence> RankSentences(CorpusIndex corpus, QuestionProfile question, List<RankedPassage> passages)
    {
        var read = Math.Min(passages.Count, settings.SentencePassages);
        var count = 0;
        for (var p = 0; p < read; p++)
        {
            count += Math.Min(passages[p].Hit.Passage.Sentences.Count, passages[p].Match.Sentences.Length);
        }

        var sentences = new List<RankedSentence>(count);
        var bestPassage = passages.Count > 0 ? passages[0].Score : 0;
        var surface = SurfaceTokens.For(corpus);
        var traits = SentenceTraits.For(corpus);
        var features = SentenceFeatures.CountFor(question);
        var openings = ParagraphOpenings.For(corpus);
        for (var p = 0; p < read; p++)
        {
            var passage = passages[p];
            var source = passage.Hit.Passage;
            var article = corpus.ArticleOf(source);
            var holds = corpus.Index.SentenceFeatures(source.Ordinal);
            var first = openings.IsFirstInParagraph(source);
            for (var s = 0; s < source.Sentences.Count && s < passage.Match.Sentences.Length; s++)
            {
                var span = source.Sentences[s];
                var held = s < holds.Length ? holds[s] : Questions.AnswerFeatures.None;
                var sentence = new RankedSentence(passage, s, span, article, held, new float[features]);
                SentenceFeatures.Fill(question, sentence, first, surface, traits);
                sentence.Features[SentenceFeatures.PassageScoreBehindBest] = passage.Score - bestPassage;
                sentences.Add(sentence);
            }
        }

        var bestCoverage = 0f;
        for (var i = 0; i < sentences.Count; i++)
        {
            bestCoverage = i == 0 ? sentences[i].Match.Coverage : Larger(bestCoverage, sentences[i].Match.Coverage);
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            // A passage's sentences were added together and in order, so a sentence's neighbours sit next to it in the list.
            var sentence = sentences[i];
            sentence.Features[SentenceFeatures.CoverageBehindBest] = sentence.Match.Coverage - bestCoverage;
            sentence.Features[SentenceFeatures.NextSurfaceWords] = i + 1 < sentences.Count && Follows(sentences[i + 1], sentence) ? sentences[i + 1].Features[SentenceFeatures.SurfaceWords] : 0;
            sentence.Features[SentenceFeatures.PreviousSurfaceWords] = i > 0 && Follows(sentence, sentences[i - 1]) ? sentences[i - 1].Features[SentenceFeatures.SurfaceWords] : 0;
        }

        var scores = Score(models.Sentence, sentences, static s => s.Features);
        for (var i = 0; i < sentences.Count; i++)
        {
            sentences[i].Score = scores?[i] ?? sentences[i].Match.Coverage - (0.01f * sentences[i].Passage.Rank);
        }

        sentences.Sort((a, b) => b.Score.CompareTo(a.Score) is var order && order != 0 ? order
            : a.Passage.Rank.CompareTo(b.Passage.Rank) is var rank && rank != 0 ? rank : a.Index.CompareTo(b.Index));
        return sentences;
    }

    /// <summary>
    /// Reads a word of every 64-byte line of each candidate's surface words, all before the first is measured: perf put
    /// the measure's time on the load of each array in turn (memory no recent question had warmed), and loads that do not
    /// wait for each other wait for memory side by side. The values read are not used; a passage's words are decoded here
    /// on their first read instead of in <see cref="PassageFeatures.Compute"/>, which reads them for every hit anyway.
    /// </summary>
    private static void Touch(SurfaceTokens surface, IReadOnlyList<SearchHit> hits)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            var words = surface.Of(hits[h].Passage);
            for (var i = 0; i < words.Length; i += 16)
            {
                // A volatile read, so the compiler keeps a load whose value nothing uses.
                _ = Volatile.Read(ref words[i]);
            }
        }
    }

    /// <summary>The model's score of every candidate, all scored together (null without a model).</summary>
    private static float[]? Score<T>(TreeEnsemble? model, List<T> candidates, Func<T, float[]> features)
    {
        if (model is null)
        {
            return null;
        }

        var inputs = new float[candidates.Count][];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = features(candidates[i]);
        }

        return Score(model, inputs);
    }

    private static float[] Score(TreeEnsemble model, float[][] inputs)
    {

        var scores = new float[inputs.Length];
        model.Score(inputs, scores);
        return scores;
    }

    /// <summary>The larger as <c>Enumerable.Max</c> keeps it: a NaN so far gives way to anything, a later NaN never wins.</summary>
    private static float Larger(float max, float value) => value > max || float.IsNaN(max) ? value : max;

    private static bool Follows(RankedSentence next, RankedSentence sentence) =>
        next.Passage.Hit.Passage.Ordinal == sentence.Passage.Hit.Passage.Ordinal && next.Index == sentence.Index + 1;
}
