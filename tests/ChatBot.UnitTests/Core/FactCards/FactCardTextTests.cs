using ChatBot.Core.FactCards;

namespace ChatBot.UnitTests.FactCards;

public sealed class FactCardTextTests
{
    [Fact]
    public void Facts_RoundTripThroughTheirTextForm()
    {
        IReadOnlyList<FactCardFact> facts = [new("In my words.", "a1", "The exact sentence, quoted."), new("Same as quote.", "a2", "Same as quote.")];
        var problems = new List<FactCardProblem>();

        var parsed = FactCardText.ParseFacts(FactCardText.FormatFacts(facts), problems);

        Assert.Equal(facts, parsed);
        Assert.Empty(problems);
    }

    [Fact]
    public void Facts_WithoutAQuoteLine_AreReportedByNumber()
    {
        var problems = new List<FactCardProblem>();

        FactCardText.ParseFacts("first\nquote: A sentence from the article.\n\nsecond, with no quote\nsource: a1", problems);

        Assert.Equal("fact 2", Assert.Single(problems).Field);
    }

    [Fact]
    public void Quotes_TypedInsidePlainQuotationMarks_LoseThem()
    {
        var parsed = FactCardText.ParseFacts("quote: \"A sentence from the article.\"", []);

        Assert.Equal("A sentence from the article.", parsed[0].Quote);
    }

    [Theory]
    [InlineData("status: Verified\ntags: A,  b  c, a", FactCardStatus.Verified, "a|b c")]
    [InlineData("tags: x\nstatus: disputed", FactCardStatus.Disputed, "x")]
    public void Details_AreReadInAnyOrder_AndTagsNormalized(string text, FactCardStatus status, string tags)
    {
        var problems = new List<FactCardProblem>();

        var details = FactCardText.ParseDetails(text, problems);

        Assert.Empty(problems);
        Assert.Equal(status, details.Status);
        Assert.Equal(tags.Split('|'), details.Tags);
    }

    [Theory]
    [InlineData("tags: a", "status")]
    [InlineData("status: sure", "status")]
    [InlineData("status: verified\nsomething else", "status and tags")]
    public void Details_ThatCannotBeRead_AreReported(string text, string field) =>
        Assert.Contains(Record(text), p => p.Field == field);

    [Theory]
    [InlineData("Pyongyang summit, 2002!", "pyongyang-summit-2002")]
    [InlineData("Kim Jong-Un’s order", "kim-jong-un-s-order")]
    [InlineData("!!", "card")]
    public void Slugify_MakesValidSlugs(string topic, string slug)
    {
        Assert.Equal(slug, FactCardDrafter.Slugify(topic));
        Assert.True(FactCardLimits.IsSlug(FactCardDrafter.Slugify(topic)));
    }

    private static List<FactCardProblem> Record(string text)
    {
        var problems = new List<FactCardProblem>();
        FactCardText.ParseDetails(text, problems);
        return problems;
    }
}
