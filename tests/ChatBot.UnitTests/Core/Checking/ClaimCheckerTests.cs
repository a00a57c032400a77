using ChatBot.Core.Checking;
using ChatBot.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Checking;

/// <summary>Claims written for these tests (not the measured set in tests/evaluation/claims.jsonl) about the bundled corpus.</summary>
public sealed class ClaimCheckerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Concern about the North Korean nuclear programme had risen to 66.3 percent by October 2003.", "66.3 percent")]
    [InlineData("Choi Sung-Yong heads a group supporting the families of the abductees.", "Choi Sung-Yong, the head of a group")]
    [InlineData("North Korea continued nuclear testing, so Japan had to reverse its easing of sanctions.", "reverse its easing of sanction")]
    [InlineData("Seoul handles the issue of South Korean abductees within the framework of families torn apart by the war.", "Seoul has been handling")]
    public void Check_QuotesWhatTheArticlesSay_ForAClaimTheyState(string claim, string expected)
    {
        var check = Single(claim);

        Assert.Equal(ClaimOutcome.Quoted, check.Outcome);
        Assert.Empty(check.Differing);
        Assert.Contains(check.Saying, q => q.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Concern about the nuclear programme had risen to 76.3 percent by October 2003.", DifferenceKind.Number, "76.3", "66.3")]
    [InlineData("The Korean War ended in 1955.", DifferenceKind.Date, "1955", "1953")]
    [InlineData("Kim Jong Un has ordered government agencies to negotiate on the issue of Japanese abductees.", DifferenceKind.Negation, "negotiate", "not to negotiate")]
    [InlineData("Kim Jong Il ordered government agencies not to negotiate on the issue of Japanese abductees.", DifferenceKind.Name, "Kim Jong Il", "Kim Jong-Un")]
    public void Check_ShowsTheDifference_WhenAMatchingSentenceSaysOtherwise(string claim, DifferenceKind kind, string messageSays, string passageSays)
    {
        var check = Single(claim);

        Assert.Equal(ClaimOutcome.Differs, check.Outcome);
        Assert.Contains(check.Differing.SelectMany(q => q.Differences), d => d.Kind == kind && d.MessageSays == messageSays && d.PassageSays == passageSays);
    }

    [Theory]
    [InlineData("Japan won the football World Cup that it co-hosted in 2002.")]
    [InlineData("Opinion polls in 2010 showed growing support for trade with China.")]
    public void Check_SaysNothingIsAddressed_WhenTheArticlesAreNotAboutIt(string claim)
    {
        var check = Single(claim);

        Assert.Equal(ClaimOutcome.NotAddressed, check.Outcome);
        Assert.Empty(check.Differing);
        Assert.Empty(check.Saying);
    }

    [Fact]
    public void Check_ReadsTheClaimOutOfANoisyMessage()
    {
        var result = ProductChecker.Check("lol did you see this?? https://x.com/foo <@123>\n> North Korea admitted to abducting 12 Japanese nationals in 2002, eight of whom were dead.\n```var x = 1;```");

        var check = Assert.Single(result.Claims);
        Assert.Equal("North Korea admitted to abducting 12 Japanese nationals in 2002, eight of whom were dead.", check.Claim);
        Assert.Equal(ClaimOutcome.Differs, check.Outcome);
        Assert.Contains(check.Differing.SelectMany(q => q.Differences), d => d is { Kind: DifferenceKind.Number, MessageSays: "12", PassageSays: "13" });
    }

    [Fact]
    public void Check_EveryQuoteIsVerbatimAndCited()
    {
        var result = ProductChecker.Check("North Korea returned the husband and two children of Hitomi Soga by July 2004. The five abductees returned on October 15, 2001. Up to 500 South Koreans may have been kidnapped.");

        Assert.InRange(result.Claims.Count, 1, ProductChecker.Instance.Options.MaxClaims);
        foreach (var quote in result.Claims.SelectMany(c => c.Differing.Concat(c.Saying)))
        {
            var citation = Assert.Single(result.Citations, c => c.N == quote.Citation);
            Assert.Contains(citation.Quote, TestCorpus.Index.Article(citation.ArticleId).Text, StringComparison.Ordinal);
            Assert.EndsWith($"[{quote.Citation}]", quote.Text, StringComparison.Ordinal);
            Assert.Contains(quote.Text[..^$" [{quote.Citation}]".Length], citation.Quote, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("lol")]
    [InlineData("https://example.com/a-link-only <@123> @everyone")]
    [InlineData("```\nNorth Korea admitted to abducting 13 Japanese nationals.\n```")]
    public void Check_FindsNothingToCheck_InAMessageWithoutAStatement(string message)
    {
        var result = ProductChecker.Check(message);

        Assert.False(result.HasClaims);
        Assert.Empty(result.Citations);
    }

    private ClaimCheck Single(string claim)
    {
        var check = Assert.Single(ProductChecker.Check(claim).Claims);
        output.WriteLine($"{check.Outcome}: {check.Claim}");
        foreach (var quote in check.Differing.Concat(check.Saying))
        {
            output.WriteLine($"  {quote.Text} {string.Join("; ", quote.Differences.Select(d => $"{d.Kind} {d.MessageSays} → {d.PassageSays}"))}");
        }

        return check;
    }
}
