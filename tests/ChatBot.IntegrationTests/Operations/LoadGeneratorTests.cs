using System.Net;

using ChatBot.Evaluation;
using ChatBot.LoadGenerator;
using ChatBot.LoadGenerator.Measuring;

namespace ChatBot.IntegrationTests.Operations;

/// <summary>
/// The load generator against a real `chatbot serve` child process, in a small bounded configuration. Runs alone
/// (its own collection, no parallel tests) so the latencies it checks are the server's, not the test run's.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadGeneratorTests
{
    [Fact]
    public async Task SignedDiscordAndSlackLoad_WithAHotReloadMidRun_HasNoFailedRequests()
    {
        var settings = new LoadSettings
        {
            Requests = 300,
            Concurrency = 4,
            TimeCap = TimeSpan.FromSeconds(60),
            ChatBotDll = Path.Combine(AppContext.BaseDirectory, "chatbot.dll"),
            CorpusDirectory = EvaluationSet.CorpusDirectory,
        };
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var report = await LoadRun.ExecuteAsync(settings, cancellationToken: patience.Token);

        var summary = ReportText.Summary(report);
        Assert.True(report.Passed, summary);
        Assert.Equal(300, report.Completed);
        Assert.Equal(0, report.Failed);
        Assert.False(report.TimeCapHit, summary);
        Assert.True(report.Reload.Observed, summary);
        Assert.Equal(report.Reload.ArticlesBefore + 1, report.Reload.ArticlesAfter);
        Assert.True(report.Discord.Count >= 150 && report.Slack.Count >= 150, summary);
        Assert.True(report.Server.CacheHits > 0, summary);
        Assert.Equal(report.FollowUpsExpected, report.FollowUpsArrived);
    }

    [Theory]
    [InlineData("Discord", 200, "application/json", """{"type":4,"data":{"content":"In 2002."}}""", null)]
    [InlineData("Discord", 200, "application/json", """{"type":5,"data":{"flags":64}}""", null)]
    [InlineData("Discord", 200, "application/json", """{"type":4,"data":{}}""", "Discord type 4 without content or embeds")]
    [InlineData("Discord", 200, "application/json", """{"type":4,"data":{"content":"Sorry, something went wrong on our side."}}""", "apology: something went wrong")]
    [InlineData("Discord", 401, null, "", "HTTP 401")]
    [InlineData("Slack", 200, null, "", null)]
    [InlineData("Slack", 200, "application/json", """{"text":"Looking that up…","blocks":[]}""", null)]
    [InlineData("Slack", 200, "application/json", """{"text":"You're sending questions faster than I can answer them."}""", "apology: faster than I can answer")]
    [InlineData("Slack", 429, "application/json", "{}", "HTTP 429")]
    [InlineData("Slack", 500, "text/plain", "", "HTTP 500")]
    [InlineData("Slack", 200, "text/html", "<html>", "content type text/html")]
    public void ResponseCheck_AcceptsOnlyRealAnswers(string platform, int status, string? contentType, string body, string? expected)
    {
        Assert.Equal(expected, ResponseCheck.Check(Enum.Parse<Platform>(platform), (HttpStatusCode)status, contentType, body, out _));
    }
}
