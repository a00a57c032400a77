using System.Text.Json;
using System.Text.Json.Nodes;

using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Home;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using ChatBot.Slack;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

namespace ChatBot.UnitTests.Slack;

public sealed class HomeViewRendererTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheHomeTab_StaysWithinBlockKitLimits_WithTheLongestContent()
    {
        var page = new HomePage(
            new string('i', 5000),
            string.Concat(Enumerable.Repeat("• /ask <question> — & more\n", 300)),
            [.. Enumerable.Range(0, HomePageBuilder.RecentQuestions).Select(i => new AskedQuestion(ChatPlatform.Slack, "T1", "U1", new string('q', QuestionSanitizer.MaxLength), AnswerStatus.Answered, At))],
            [.. Enumerable.Range(0, HomePageBuilder.LeaderboardSize).Select(i => new QuizScore($"U{i:D10}", new string('n', 500), i, 10))],
            new string('f', 5000));

        var view = Json(page);

        var blocks = view["blocks"]!.AsArray();
        Assert.Equal("home", (string)view["type"]!);
        Assert.InRange(blocks.Count, 1, 100);
        Assert.All(blocks.Where(b => (string)b!["type"]! == "section"), b => Assert.InRange(((string)b!["text"]!["text"]!).Length, 1, 3000));
        Assert.All(blocks.Where(b => (string)b!["type"]! == "header"), b => Assert.InRange(((string)b!["text"]!["text"]!).Length, 1, 150));
        Assert.All(blocks.Where(b => (string)b!["type"]! == "context"), b => Assert.InRange(((string)b!["elements"]![0]!["text"]!).Length, 1, 3000));
    }

    [Fact]
    public void OnlyWellFormedUserIds_BecomeUserReferences_AndEverythingElseIsEscaped()
    {
        var page = new HomePage(
            "intro",
            "commands",
            [new AskedQuestion(ChatPlatform.Slack, "T1", "U1", "who <@U999> & <!here>?", AnswerStatus.NotFound, At)],
            [new QuizScore("U024BE7LH", "alice", 3, 4), new QuizScore("<!channel>", "<!everyone> <@U1>", 1, 1)],
            "footer");

        var text = Json(page).ToJsonString();

        Assert.Contains("1. <@U024BE7LH> — 3 correct of 4", Decoded(text), StringComparison.Ordinal);
        Assert.Contains("not covered by the articles", Decoded(text), StringComparison.Ordinal);
        Assert.DoesNotContain("<!", Decoded(text), StringComparison.Ordinal);
        Assert.DoesNotContain("<@U999>", Decoded(text), StringComparison.Ordinal);
        Assert.DoesNotContain("<@U1>", Decoded(text), StringComparison.Ordinal);
    }

    private static JsonObject Json(HomePage page) =>
        JsonNode.Parse(JsonSerializer.Serialize(new ViewsPublishRequest("U1", HomeViewRenderer.Render(page)), SlackJsonContext.Default.ViewsPublishRequest))!["view"]!.AsObject();

    private static string Decoded(string json) => JsonSerializer.Deserialize<JsonNode>(json)!["blocks"]!.AsArray()
        .Select(b => (string?)b!["text"]?["text"] ?? "").Aggregate("", (a, b) => a + "\n" + b);
}
