using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// The whole training run behind <c>chatbot train-ranker</c>: rankers on the train articles, the answer length rule
/// and the decline threshold chosen on the tune articles, and the numbers on the test articles (never fitted or
/// chosen on), recorded with the models. Deterministic: the same data gives byte-identical models.
/// </summary>
public sealed class EvidenceTraining(TextAnalyzer analyzer, IQuestionClassifier classifier, EvidenceTrainingOptions? options = null, Action<string>? log = null)
{
    private readonly EvidenceTrainingOptions settings = options ?? new EvidenceTrainingOptions();

    /// <param name="encoder">When given, a dense variant is trained too (lexical plus semantic features).</param>
    public EvidenceTrainingReport Run(EvidenceTrainingData data, Core.Embeddings.ISentenceEncoder? encoder = null)
    {
        var order = data.Squad1.Select(a => a.Title).ToList();
        var squad1 = QaBench.Build("squad-v1.1", data.Squad1, order, analyzer, encoder);
        var squad2 = QaBench.Build("squad-v2.0", data.Squad2, order, analyzer, encoder);
        var lines = new List<string>();
        var provenance = new Dictionary<string, string>(data.Sources)
        {
            ["train_articles"] = Titles(data.Squad1, QaSplit.Train),
            ["tune_articles"] = Titles(data.Squad1, QaSplit.Tune),
            ["test_articles"] = Titles(data.Squad1, QaSplit.Test),
        };
        var lexical = Variant(data, squad1, squad2, null, lines, provenance);
        var dense = encoder is null ? null : Variant(data, squad1, squad2, encoder, lines, provenance);
        return new EvidenceTrainingReport(new EvidenceModelSet(lexical, dense) { Provenance = provenance }, lines);
    }

    private EvidenceModels Variant(EvidenceTrainingData data, QaBench squad1, QaBench squad2, Core.Embeddings.ISentenceEncoder? encoder, List<string> lines, Dictionary<string, string> provenance)
    {
        var name = encoder is null ? "lexical" : $"dense ({encoder.EncoderId})";
        log?.Invoke($"== {name}");
        var order = data.Squad1.Select(a => a.Title).ToList();
        var trainTitles = order.Where((_, i) => QaSplits.Of(i) == QaSplit.Train).ToList();
        int Fold(QaBench bench, QaCase c) => trainTitles.IndexOf(order[bench.ArticleOf[c.Question.Id]]) % 2;
        var trainer = new EvidenceTrainer(classifier, settings.Trees, settings.Ranker, log, encoder);

        var rankItems = squad1.In(QaSplit.Train).Select(c => new EvidenceTrainer.Item(squad1, c, Fold(squad1, c)))
            .Concat(data.Domain is { } own ? DomainItems(own) : [])
            .ToList();
        var (passageFolds, passage) = trainer.TrainPassages(rankItems);
        var (sentenceFolds, sentence) = trainer.TrainSentences(rankItems, passageFolds);
        var rankers = trainer.Models(passage, sentence);

        var tune1 = squad1.In(QaSplit.Tune).ToList();
        var choice = ChooseMargin(trainer, squad1, tune1, rankers);
        log?.Invoke($"answer length: margin {choice.Margin.ToString(CultureInfo.InvariantCulture)}");

        var inSquad2 = data.Squad2.Select(a => a.Title).ToHashSet(StringComparer.Ordinal);
        var answerItems = squad2.In(QaSplit.Train).Select(c => new EvidenceTrainer.Item(squad2, c, Fold(squad2, c)))
            .Concat(squad1.In(QaSplit.Train).Where(c => !inSquad2.Contains(order[squad1.ArticleOf[c.Question.Id]])).Select(c => new EvidenceTrainer.Item(squad1, c, Fold(squad1, c))))
            .Concat(squad1.In(QaSplit.Train).Where(c => !inSquad2.Contains(order[squad1.ArticleOf[c.Question.Id]])).Select(c => new EvidenceTrainer.Item(squad2, OffCorpus(c), Fold(squad1, c))))
            .Concat(data.Domain is { } domain ? DomainItems(domain) : [])
            .ToList();
        EvidenceModels[] folds = [trainer.Models(passageFolds[0], sentenceFolds[0]), trainer.Models(passageFolds[1], sentenceFolds[1])];
        var answerability = trainer.TrainAnswerability(answerItems, folds, choice);
        var models = rankers with { Answerability = answerability, Choice = choice };

        var tune = (V1: trainer.Outcomes(squad1, tune1, models, choice), V2: trainer.Outcomes(squad2, squad2.In(QaSplit.Tune), models, choice));
        var threshold = ChooseThreshold(tune.V1, tune.V2);
        var test = (V1: QaScore.Of(trainer.Outcomes(squad1, squad1.In(QaSplit.Test), models, choice), threshold), V2: QaScore.Of(trainer.Outcomes(squad2, squad2.In(QaSplit.Test), models, choice), threshold));
        var report = new List<string>
        {
            $"{name}: threshold {threshold.ToString("F2", CultureInfo.InvariantCulture)} (tune: at most {settings.DeclinedAtMost:P0} of SQuAD v1.1 answerable declined, most right decisions on SQuAD 2.0)",
            $"{name}: tune  SQuAD v1.1 ({Titles(data.Squad1, QaSplit.Tune)}): {QaScore.Of(tune.V1, threshold)}",
            $"{name}: tune  SQuAD 2.0: {QaScore.Of(tune.V2, threshold)}",
            $"{name}: test  SQuAD v1.1 ({Titles(data.Squad1, QaSplit.Test)}): {test.V1}",
            $"{name}: test  SQuAD 2.0: {test.V2}",
        };
        report.ForEach(line => log?.Invoke(line));
        lines.AddRange(report);
        var key = encoder is null ? "lexical" : "dense";
        provenance[$"{key}_test_squad1"] = test.V1.ToString();
        provenance[$"{key}_test_squad2"] = test.V2.ToString();
        return models with { Threshold = threshold };
    }

    /// <summary>The margin that makes answers hold a gold answer most often while the median answer stays short.</summary>
    private AnswerChoiceOptions ChooseMargin(EvidenceTrainer trainer, QaBench bench, List<QaCase> tune, EvidenceModels rankers)
    {
        var best = (Choice: new AnswerChoiceOptions { Margin = 0 }, Holds: -1.0);
        foreach (var margin in settings.Margins)
        {
            var choice = new AnswerChoiceOptions { Margin = margin };
            var score = QaScore.Of(trainer.Outcomes(bench, tune, rankers, choice), 0);
            log?.Invoke($"  margin {margin.ToString(CultureInfo.InvariantCulture)}: {score}");
            if (score.MedianWords <= settings.MedianWordsAtMost && score.Holds > best.Holds)
            {
                best = (choice, score.Holds);
            }
        }

        return best.Choice;
    }

    /// <summary>The threshold with the most right decisions on SQuAD 2.0 among those declining few answerable SQuAD v1.1 questions.</summary>
    private float ChooseThreshold(List<QaOutcome> squad1, List<QaOutcome> squad2)
    {
        var best = (Threshold: 0f, Right: -1.0);
        for (var step = 0; step <= 100; step++)
        {
            var threshold = step / 100f;
            if (QaScore.Of(squad1, threshold).Declined > settings.DeclinedAtMost)
            {
                break;
            }

            var right = QaScore.Of(squad2, threshold).RightDecision;
            if (right > best.Right)
            {
                best = (threshold, right);
            }
        }

        return best.Threshold;
    }

    /// <summary>The team's questions, folded by the article that answers them; questions no article answers alternate.</summary>
    private IEnumerable<EvidenceTrainer.Item> DomainItems(QaBench domain)
    {
        var articles = domain.Cases.Select(c => c.ArticleId).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return domain.Cases.Select((c, i) => new EvidenceTrainer.Item(domain, c, c.ArticleId.Length > 0 ? articles.IndexOf(c.ArticleId) % 2 : i % 2, settings.DomainWeight));
    }

    /// <summary>
    /// A question asked of a corpus that lacks its article: whatever the engine finds, nothing there answers it. These
    /// teach the answerability model what a question about something else entirely looks like.
    /// </summary>
    private static QaCase OffCorpus(QaCase c) => c with { Question = c.Question with { IsImpossible = true, Answers = [] }, Answers = [] };

    private static string Titles(IReadOnlyList<QaArticle> articles, QaSplit split) =>
        string.Join(", ", articles.Where((_, i) => QaSplits.Of(i) == split).Select(a => a.Title));
}
