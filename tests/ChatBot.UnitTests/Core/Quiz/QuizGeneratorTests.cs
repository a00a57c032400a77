using ChatBot.Core.FactCards;
using ChatBot.Core.Quiz;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.Quiz;

public sealed class QuizGeneratorTests
{
    private static readonly QuizMaterial Material = QuizMaterial.For(TestCorpus.Index, TestCorpus.Analyzer);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Fact]
    public void EveryQuestionTheCorpusOffers_IsFair()
    {
        var built = Material.Facts.Select(f => QuizGenerator.Build(f, Material, new Random(1))).OfType<QuizDraft>().ToList();

        Assert.True(built.Count >= 10, $"only {built.Count} questions");
        Assert.Contains(built, q => q.Kind == QuizKind.Date);
        Assert.Contains(built, q => q.Kind == QuizKind.Number);
        Assert.Contains(built, q => q.Kind == QuizKind.Person);
        Assert.All(built, AssertFair);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generate_WithAnySeed_GivesAFairQuestion(int seed)
    {
        IReadOnlyList<FactCard> cards = [Card("verified", FactCardStatus.Verified), Card("disputed", FactCardStatus.Disputed)];

        var draft = new QuizGenerator(TestCorpus.Analyzer).Generate(TestCorpus.Index, cards, null, new Random(seed), out var reason);

        Assert.Null(reason);
        AssertFair(draft!);
    }

    [Fact]
    public void Generate_OnATopic_AsksAboutIt()
    {
        var generator = new QuizGenerator(TestCorpus.Analyzer);

        var drafts = Enumerable.Range(0, 10).Select(seed => generator.Generate(TestCorpus.Index, [], "Hitomi Soga", new Random(seed), out _)!).ToList();

        Assert.All(drafts, d => Assert.Contains("Soga", d.Quote, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Megumi Yokota", "never mention")]
    [InlineData("quantum chromodynamics", "don't cover")]
    public void Generate_OnATopicTheCorpusLacks_Declines(string topic, string expected)
    {
        var draft = new QuizGenerator(TestCorpus.Analyzer).Generate(TestCorpus.Index, [], topic, new Random(1), out var reason);

        Assert.Null(draft);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Those living were Yasushi Chimura and Fukie Hamamoto who disappeared in July 1978, and more in July 1978.", "July 1978", "Those living were Yasushi Chimura and Fukie Hamamoto who disappeared in _____, and more in _____.")]
    [InlineData("the Japan-North Korea summit", "North Korea", null)]
    [InlineData("up to 500 South Koreans", "50", null)]
    public void BlankOut_BlanksWholeWordsEverywhere_OrGivesUp(string sentence, string surface, string? expected) =>
        Assert.Equal(expected, QuizGenerator.BlankOut(sentence, surface));

    /// <summary>The answer is one of the choices, no distractor equals it, and the cited quote, verbatim in the corpus, states it in the blank.</summary>
    private static void AssertFair(QuizDraft draft)
    {
        Assert.InRange(draft.Choices.Count, 3, 4);
        Assert.InRange(draft.Correct, 0, draft.Choices.Count - 1);
        Assert.Equal(draft.Choices.Count, draft.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(1, draft.Choices.Count(c => Same(c, draft)));
        Assert.True(Same(draft.Choices[draft.Correct], draft));
        Assert.Equal(draft.Quote, draft.Prompt.Replace(QuizGenerator.Blank, draft.AnswerSurface, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.AnswerSurface, draft.Prompt, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(draft.Quote, TestCorpus.Index.Article(draft.ArticleId).Text, StringComparison.Ordinal);
        Assert.True(TestCorpus.Index.TryGetPassage(draft.PassageId, out var passage));
        Assert.Contains(draft.Quote, passage.Text, StringComparison.Ordinal);
    }

    /// <summary>Whether a choice says what the quote's blanked words say (same date, number or name, however written).</summary>
    private static bool Same(string choice, QuizDraft draft)
    {
        var answer = Core.Quiz.ClozeExtractor.Extract(draft.Quote, TestCorpus.Index.Article(draft.ArticleId).Published).First(a => a.Surface == draft.AnswerSurface && a.Kind == draft.Kind);
        return choice == answer.Label || Core.Quiz.ClozeExtractor.NameKey(choice) == answer.Key && draft.Kind is QuizKind.Person or QuizKind.Place;
    }

    private static FactCard Card(string slug, FactCardStatus status) => new()
    {
        Slug = slug,
        Content = SampleCards.SummitContent(status),
        Version = 1,
        CreatedBy = "test",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedBy = "test",
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
