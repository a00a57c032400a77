using ChatBot.Core.Answers;
using ChatBot.Evaluation;
using ChatBot.MachineLearning.QuestionAnswering;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Evaluation;

/// <summary>
/// Answer quality on SQuAD articles the models were never trained or tuned on (the test split of the committed data,
/// every third article), through the same engine the CLI runs: with the sentence encoder (the default) and with the
/// lexical models alone (embeddings off). Floors are what was measured, rounded down.
/// </summary>
public sealed class SquadHeldOutTests(SquadHeldOutFixture squad, ITestOutputHelper output) : IClassFixture<SquadHeldOutFixture>
{
    [Fact]
    public void Squad11_AnswersHoldAGoldAnswer_RarelyDecline_AndStayShort() =>
        AssertSquad11(squad.Answers1, "with embeddings", holdsAtLeast: 0.85);

    [Fact]
    public void Squad11_WithoutEmbeddings_StillHoldsWhatTheLexicalModelsReached() =>
        AssertSquad11(squad.LexicalAnswers1, "lexical only", holdsAtLeast: 0.82);

    [Fact]
    public void Squad20_TakesTheRightDecision_AboutAsOftenAsMeasured()
    {
        var dense = RightDecisions(squad.Answers2);
        var lexical = RightDecisions(squad.LexicalAnswers2);
        output.WriteLine($"SQuAD 2.0 test articles: {squad.Answers2.Count} questions, right decision {dense:P1} with embeddings, {lexical:P1} lexical only");

        Assert.True(dense >= 0.49, $"right decision {dense:P1} with embeddings");
        Assert.True(lexical >= 0.46, $"right decision {lexical:P1} lexical only");
    }

    [Fact]
    public void EveryAnswerAndDecline_OnThousandsOfWikipediaQuestions_QuotesOnlyVerbatimText()
    {
        foreach (var (bench, answers) in new[] { (squad.Squad1, squad.Answers1), (squad.Squad2, squad.Answers2), (squad.Squad1, squad.LexicalAnswers1), (squad.Squad2, squad.LexicalAnswers2) })
        {
            foreach (var (_, answer) in answers)
            {
                Assert.Empty(AnswerEvaluator.QuoteViolations(answer, bench.Index));
                Assert.True(AnswerEvaluator.UncitedSentences(answer) == 0, $"a sentence without a citation in: {answer.Answer}");
            }
        }
    }

    /// <summary>
    /// The issue asks for 8 points over Lucene; the floor keeps what was reached (see the README).
    /// Lucene indexes each paragraph as one document, as a one-file-per-paragraph corpus gives it.
    /// </summary>
    [Fact]
    public void PassageRanking_BeatsPlainLuceneBm25_AtRankOne_OnHeldOutArticles()
    {
        var questions = squad.Squad1.In(QaSplit.Test).ToList();
        var ours = SearchEvaluator.Engine(squad.Squad1.Index, SquadHeldOutFixture.Classifier, TestEncoder.Shared);
        var lexical = SearchEvaluator.Engine(squad.Squad1.Index, SquadHeldOutFixture.Classifier);
        using var lucene = new LuceneBaseline(squad.Squad1.Index, wholeArticles: true);
        var oursAt1 = RecallAt1(questions, ours);
        var lexicalAt1 = RecallAt1(questions, lexical);
        var luceneAt1 = RecallAt1(questions, lucene.Search);
        output.WriteLine($"paragraph recall@1 on {questions.Count} held-out questions: ours {oursAt1:P1} with embeddings, {lexicalAt1:P1} lexical only; Lucene BM25 + EnglishAnalyzer {luceneAt1:P1}");

        Assert.True(oursAt1 >= luceneAt1 + 0.08, $"ours {oursAt1:P1} vs Lucene {luceneAt1:P1}");
        Assert.True(lexicalAt1 >= luceneAt1 + 0.04, $"lexical only {lexicalAt1:P1} vs Lucene {luceneAt1:P1}");
    }

    /// <summary>Thousands of answers and declines pinned as one digest a set: faster code must not change one of them.</summary>
    [Fact]
    public void EveryAnswer_IsWhatWasPinned()
    {
        string[] pinned = ["09a412089ff8181e", "9f3262b5b2eff469", "4bd77b3f2563f9a3", "4f349a2c3626f2fa"];
        var current = new[] { squad.Answers1, squad.Answers2, squad.LexicalAnswers1, squad.LexicalAnswers2 }
            .Select(answers => Answers.AnswerTranscript.Digest(string.Concat(answers.Select(a => Answers.AnswerTranscript.Of(a.Answer)))))
            .ToArray();

        Assert.Equal(pinned, current);
    }

    private void AssertSquad11(IReadOnlyList<(QaCase Case, AnswerResult Answer)> answerable, string engine, double holdsAtLeast)
    {
        var holds = answerable.Count(a => Holds(a.Case, a.Answer)) / (double)answerable.Count;
        var declined = answerable.Count(a => a.Answer.Status != AnswerStatus.Answered) / (double)answerable.Count;
        var words = answerable.Where(a => a.Answer.Status == AnswerStatus.Answered).Select(a => Words(a.Answer.Answer)).Order().ToList();
        output.WriteLine($"SQuAD v1.1 test articles, {engine}: {answerable.Count} questions, holds {holds:P1}, declined {declined:P1}, median {words[words.Count / 2]} words");

        Assert.True(holds >= holdsAtLeast, $"holds {holds:P1}");
        Assert.True(declined <= 0.05, $"declined {declined:P1}");
        Assert.True(words[words.Count / 2] <= 45, $"median {words[words.Count / 2]} words");
    }

    private static double RightDecisions(IReadOnlyList<(QaCase Case, AnswerResult Answer)> answers) =>
        answers.Count(a => a.Case.IsAnswerable ? Holds(a.Case, a.Answer) : a.Answer.Status == AnswerStatus.NotFound) / (double)answers.Count;

    private static bool Holds(QaCase question, AnswerResult answer) =>
        answer.Status == AnswerStatus.Answered && AnswerHolds.Any(answer.Answer, question.Answers.Select(g => g.Text));

    private static double RecallAt1(List<QaCase> questions, Func<string, IReadOnlyList<(string ArticleId, string Text)>> search) =>
        questions.Average(c => search(c.Text) is [var top, ..] && top.ArticleId == c.ArticleId ? 1.0 : 0.0);

    private static int Words(string answer) => AnswerHolds.Normalize(answer).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
