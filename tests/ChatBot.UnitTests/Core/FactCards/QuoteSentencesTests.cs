using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

/// <summary>A fact's quote is one or more whole sentences of its article; a card saved with less shows the whole sentence and needs review.</summary>
public sealed class QuoteSentencesTests : IDisposable
{
    public const string Fragment = "the abduction issue is resolved";
    public const string Sentence = "Until both countries either agree that more investigation is needed surrounding the abduction issue or that the abduction issue is resolved, it is unlikely that the proper normalisation of Japan-North Korea relations can occur.";

    private readonly StudyHarness harness = new();

    [Fact]
    public void Validator_RefusesAPartOfASentence_AndOffersTheWholeSentence()
    {
        var validation = Validate(new FactCardFact(Fragment, SampleCards.Article, Fragment));

        var problem = Assert.Single(validation.Problems);
        Assert.Equal("fact 1", problem.Field);
        Assert.Contains("only part of a sentence", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("quote the whole sentence: " + Sentence, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Sentence)]
    [InlineData(SampleCards.AdmissionQuote + " Those living were Yasushi Chimura")]
    public void Validator_AcceptsWholeSentences_AndRefusesARunThatEndsMidSentence(string quote)
    {
        var validation = Validate(new FactCardFact("A fact.", SampleCards.Article, quote));

        Assert.Equal(quote == Sentence, validation.IsValid);
    }

    [Fact]
    public void Validator_AcceptsSeveralWholeSentences_AndFindsTheArticleWhenNoneIsNamed()
    {
        var quote = SampleCards.SummitQuote[..^1] + ".";
        var validation = Validate(new FactCardFact("Two sentences.", "", "Prior to 2002, the idea that Japanese nationals were once abducted and transported back to North Korea was labelled as a conspiracy theory by the Kim regime. " + quote));

        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        Assert.Equal(SampleCards.Article, validation.Content.Facts[0].ArticleId);
    }

    [Fact]
    public void Validator_RefusesAHeading_WhichIsNoSentence()
    {
        var validation = Validate(new FactCardFact("A heading.", SampleCards.Article, "‘An Appalling Incident’"));

        Assert.Contains("not a sentence of article", Assert.Single(validation.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotVerbatimQuote_ThatIsAPartOfASentence_NamesTheWholeSentenceToo()
    {
        var problem = QuoteCheck.Problem(TestCorpus.Index, "003_e59f7d15b6fc0d16", "especially the ones with families who haven't seen them in decades");

        Assert.NotNull(problem);
        Assert.Contains("the article writes it as: especially the ones with families who haven’t seen them in decades (part of the sentence: Choi said that South Korean abductees", problem, StringComparison.Ordinal);
        Assert.EndsWith("who haven’t seen them in decades.)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSavedWithAFragment_ShowsTheWholeSentence_NeedsReview_AndCannotBePosted()
    {
        var card = await StoreLegacyCardAsync();

        var shown = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = card.Slug });
        var posted = await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", "post", new() { ["slug"] = card.Slug });
        var listed = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "list");

        Assert.Equal(Sentence, Assert.Single(shown.Sources).Quote);
        Assert.Contains("1. " + Sentence + " [1] ⚠️ quotes only part of a sentence", shown.Body, StringComparison.Ordinal);
        Assert.StartsWith("⚠️ This card needs review: a fact quotes only part of a sentence", shown.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(shown.Fields, f => f.Value == "✅ Verified");
        Assert.Equal(ReplyKind.Refused, posted.Kind);
        Assert.StartsWith(FactCardBadges.NeedsReview, listed.Fields[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSavedWithAFragment_IsFlaggedByTheCorpusCheck_WithTheWholeSentence()
    {
        var card = await StoreLegacyCardAsync();

        var flagged = await harness.Reviewer.FlagBrokenAsync(harness.Corpus.Current);

        Assert.Equal(card.Slug, Assert.Single(flagged).Slug);
        Assert.Contains(Sentence, (await harness.Cards.GetAsync(card.Slug))!.ReviewNote, StringComparison.Ordinal);
    }

    private static FactCardValidation Validate(FactCardFact fact) =>
        FactCardValidator.Validate("whole-sentences", new FactCardContent("Title", "Summary.", [fact], FactCardStatus.Verified, []), TestCorpus.Index);

    /// <summary>A verified card as it could be saved before whole sentences were required: written straight to the store.</summary>
    private async Task<FactCard> StoreLegacyCardAsync()
    {
        var card = new FactCard
        {
            Slug = "abduction-resolved",
            Content = new FactCardContent("Resolved", "The issue is resolved.", [new FactCardFact(Fragment, SampleCards.Article, Fragment)], FactCardStatus.Verified, []),
            Version = 1,
            CreatedBy = "discord:100",
            CreatedAt = harness.Time.GetUtcNow(),
            UpdatedBy = "discord:100",
            UpdatedAt = harness.Time.GetUtcNow(),
            LastReviewedAt = harness.Time.GetUtcNow(),
        };
        var saved = await harness.Service.SaveAsync(card, 0, FactCardAction.Created, ["created"], FactCardActor.Cli("legacy"), CancellationToken.None);
        Assert.Equal(FactCardOutcome.Saved, saved.Outcome);
        return card;
    }

    public void Dispose() => harness.Dispose();
}
