using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.MachineLearning.Ranking;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// Trains the engine's three models on the train articles. Later models read the scores of earlier ones, so those
/// scores are produced out of fold (articles split in two, each half scored by models fitted on the other), as they
/// will be on questions the models never saw; the shipped models are then fitted on all train articles.
/// </summary>
/// <param name="encoder">With an encoder, trains the dense variant (lexical plus semantic features); the benches must have passage vectors.</param>
public sealed class EvidenceTrainer(IQuestionClassifier classifier, TreeTrainerOptions? trees = null, RankerOptions? ranker = null, Action<string>? log = null, Core.Embeddings.ISentenceEncoder? encoder = null)
{
    private bool Dense => encoder is not null;

    /// <summary>A question to learn from, in its corpus, with the fold of its article and how much it counts.</summary>
    public sealed record Item(QaBench Bench, QaCase Case, int Fold, float Weight = 1);

    public AnswerEngine Engine(QaBench bench, EvidenceModels models, AnswerChoiceOptions? choice = null) =>
        new(classifier, new AnswerEngineOptions { Choice = choice, Ranker = ranker ?? RankerOptions.Default }, Set(models), encoder);

    /// <summary>Models of this trainer's layout, lexical or dense.</summary>
    public EvidenceModels Models(TreeEnsemble? passage, TreeEnsemble? sentence) => new(passage, sentence, null, 0) { Dense = Dense };

    private EvidenceModelSet Set(EvidenceModels models) => models.Dense ? new(EvidenceModels.Untrained, models) : new(models, null);

    public (TreeEnsemble[] Folds, TreeEnsemble All) TrainPassages(IReadOnlyList<Item> items)
    {
        var rows = Rows(items, _ => Models(null, null), (item, evidence) => evidence.Passages.Select(p => (PassageLabel(item, p.Hit.Passage), p.Features)));
        return Fit(rows, LightGbmTrees.Rank, "passage");
    }

    public (TreeEnsemble[] Folds, TreeEnsemble All) TrainSentences(IReadOnlyList<Item> items, TreeEnsemble[] passages)
    {
        var rows = Rows(items, fold => Models(passages[fold], null), (item, evidence) => evidence.Sentences.Select(s => (Label(item.Case, s.Passage.Hit.Passage.ArticleId, s.Span.Start, s.Span.End, s.Text), s.Features)));
        return Fit(rows, LightGbmTrees.Rank, "sentence");
    }

    /// <summary>
    /// The answerability model: label 1 when the answer the engine would give holds a gold answer, 0 when it does not
    /// or the question has no answer. Platt scaling is fitted on the out-of-fold scores.
    /// </summary>
    public AnswerabilityModel TrainAnswerability(IReadOnlyList<Item> items, EvidenceModels[] folds, AnswerChoiceOptions choice)
    {
        var rows = new List<FeatureRow>[2] { [], [] };
        foreach (var item in items)
        {
            var engine = Engine(item.Bench, folds[item.Fold], choice);
            if (engine.Examine(item.Case.Text, item.Bench.Index) is { Decision.Answers: true, Choice: { } chosen, Assessment: { } assessment })
            {
                var holds = item.Case.IsAnswerable && AnswerHolds.Any(Text(chosen.Sentences), item.Case.Answers.Select(a => a.Text));
                rows[item.Fold].Add(new FeatureRow(rows[item.Fold].Count, holds ? 1 : 0, assessment.Features) { Weight = item.Weight });
            }
        }

        var (fitted, all) = Fit(rows, LightGbmTrees.Classify, "answerability");
        var outOfFold = rows.SelectMany((fold, f) => fold.Select(r => (fitted[f].Score(r.Features), r.Label > 0))).ToList();
        var (slope, offset) = PlattScaling.Fit(outOfFold);
        return new AnswerabilityModel(all, slope, offset);
    }

    /// <summary>What the engine with these models does with each question, before any threshold.</summary>
    public List<QaOutcome> Outcomes(QaBench bench, IEnumerable<QaCase> cases, EvidenceModels models, AnswerChoiceOptions? choice = null)
    {
        var engine = Engine(bench, models, choice);
        var outcomes = new List<QaOutcome>();
        foreach (var c in cases)
        {
            var examination = engine.Examine(c.Text, bench.Index);
            if (examination is not { Decision.Answers: true, Choice: { } chosen, Assessment: { } assessment })
            {
                outcomes.Add(new QaOutcome(c, true, 0, false, 0));
                continue;
            }

            var text = Text(chosen.Sentences);
            outcomes.Add(new QaOutcome(c, false, assessment.Probability, c.IsAnswerable && AnswerHolds.Any(text, c.Answers.Select(a => a.Text)), chosen.Words));
        }

        return outcomes;
    }

    private static string Text(IEnumerable<ChosenSentence> chosen) => string.Join(' ', chosen.Select(c => c.Text));

    /// <summary>
    /// 2 for the passage holding the answer; 1 for another passage of the same paragraph when the article is that one
    /// paragraph (a SQuAD paragraph split in two: finding it is most of the work); 0 otherwise.
    /// </summary>
    private static float PassageLabel(Item item, Core.Indexing.Passage passage)
    {
        if (Label(item.Case, passage.ArticleId, passage.Start, passage.End, passage.Text) > 0)
        {
            return 2;
        }

        return passage.ArticleId == item.Case.ArticleId && item.Bench.Index.Article(passage.ArticleId).Blocks.Count == 1 ? 1 : 0;
    }

    /// <summary>
    /// 1 when the span holds the answer: a gold answer's offset falls in it or, for sets that give pieces of the answering
    /// sentences instead of offsets, one of those pieces (or a fact of two words or more) is in its text.
    /// </summary>
    private static float Label(QaCase c, string articleId, int start, int end, string text) =>
        c.ArticleId == articleId && (c.Answers.Any(a => a.Start >= start && a.Start < end)
            || c.Evidence.Any(e => text.Contains(e, StringComparison.Ordinal))
            || c.Answers.Any(a => a.Start < 0 && a.Text.Contains(' ', StringComparison.Ordinal) && text.Contains(a.Text, StringComparison.Ordinal))) ? 1 : 0;

    private List<FeatureRow>[] Rows(IReadOnlyList<Item> items, Func<int, EvidenceModels> models, Func<Item, RankedEvidence, IEnumerable<(float Label, float[] Features)>> candidates)
    {
        var rows = new List<FeatureRow>[2] { [], [] };
        var group = 0;
        foreach (var item in items.Where(i => i.Case.IsAnswerable))
        {
            var engine = Engine(item.Bench, models(item.Fold));
            if (engine.Examine(item.Case.Text, item.Bench.Index).Evidence is not { } evidence)
            {
                continue;
            }

            var labelled = candidates(item, evidence).ToList();
            if (labelled.Any(c => c.Label > 0) && labelled.Any(c => c.Label < labelled.Max(l => l.Label)))
            {
                rows[item.Fold].AddRange(labelled.Select(c => new FeatureRow(group, c.Label, c.Features) { Weight = item.Weight }));
                group++;
            }
        }

        return rows;
    }

    private (TreeEnsemble[] Folds, TreeEnsemble All) Fit(List<FeatureRow>[] rows, Func<IReadOnlyList<FeatureRow>, TreeTrainerOptions?, TreeEnsemble> fit, string model)
    {
        log?.Invoke($"{model}: {rows[0].Count + rows[1].Count} rows ({rows[0].Count} + {rows[1].Count} by fold)");
        var folds = new[] { fit(rows[1], trees), fit(rows[0], trees) };
        return (folds, fit([.. rows[0], .. rows[1]], trees));
    }
}
