using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// What an answer and a reading list show on Discord, through the real host with signed interactions over the
/// bundled corpus: one source field per article with its quotes numbered under it, a timeline that never repeats an
/// answer sentence, and /reading with one entry per article and its best passages.
/// </summary>
public sealed partial class DiscordAnswerSourcesTests : DiscordHostTest
{
    private const string Article = "Japan’s Abduction Issue: Why Japan-North Korea Relations Remain at a Standstill";

    [Fact]
    public async Task Answer_CitingSeveralSentencesOfOneArticle_ShowsOneSourceFieldWithEveryQuoteUnderItsNumber()
    {
        var (_, answer) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "What happened in 2002?")));
        var quotesId = answer["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["custom_id"]!).First(id => id.StartsWith("quotes:", StringComparison.Ordinal));
        var (_, quoted) = await Host.ShownAsync(Client, Payloads.Button(quotesId));

        var embed = quoted["embeds"]![0]!;
        var numbers = Marker().Matches((string)embed["description"]!).Select(m => m.Value).Distinct().ToList();
        Assert.True(numbers.Count >= 2, (string)embed["description"]!);
        var field = Assert.Single(embed["fields"]!.AsArray(), f => ((string)f!["name"]!).EndsWith(Article, StringComparison.Ordinal))!;
        Assert.All(numbers, n => Assert.Contains(n, (string)field["name"]!, StringComparison.Ordinal));
        Assert.All(numbers, n => Assert.Contains($"> **{n}**", (string)field["value"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerTimeline_NeverRepeatsASentenceOfTheAnswer()
    {
        var (_, answer) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")));

        var lines = ((string)answer["embeds"]![0]!["description"]!).Split('\n');
        var timeline = lines.Where(l => l.StartsWith("**", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(timeline);
        var body = string.Join('\n', lines.Except(timeline));
        Assert.Contains("October 15, 2002", body, StringComparison.Ordinal);
        Assert.All(timeline, line => Assert.DoesNotContain("October 15, 2002", line, StringComparison.Ordinal));
        Assert.All(timeline, line => Assert.DoesNotContain(Sentence(line), body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reading_GivesEachArticleOneEntry_WithItsBestPassagesOnly()
    {
        var (_, reading) = await Host.ShownAsync(Client, Payloads.Command("reading", Payloads.Option("topic", 3, "abduction issue")));

        var fields = reading["embeds"]![0]!["fields"]!.AsArray().Select(f => ((string)f!["name"]!, (string)f["value"]!)).ToList();
        var articles = fields.Where(f => f.Item1.StartsWith('[')).ToList();
        Assert.Equal(articles.Count, articles.Select(f => Marker().Replace(f.Item1, "").Trim()).Distinct().Count());
        Assert.All(articles, f => Assert.InRange(Marker().Matches(f.Item1).Count, 1, 3));
        Assert.Contains(articles, f => f.Item1.EndsWith(Article, StringComparison.Ordinal) && Marker().Matches(f.Item1).Count > 1);
    }

    /// <summary>"**by 2004-07-18** — By July 18, 2004, North Korea had returned … [2]" → the sentence, without date and marker.</summary>
    private static string Sentence(string line) => Marker().Replace(line[(line.IndexOf(" — ", StringComparison.Ordinal) + 3)..], "").Replace("\\", "", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
