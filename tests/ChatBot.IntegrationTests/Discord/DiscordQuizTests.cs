using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>/quiz start, its answer buttons and /quiz score on Discord, and /timeline's page buttons, through the real host.</summary>
public sealed class DiscordQuizTests : IAsyncLifetime
{
    private const string Ann = "660000000000000001";
    private const string Ben = "670000000000000002";

    private DiscordHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        host.Factory.Settings["ChatBot:Quiz:Seed"] = "7";
        client = host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task QuizStart_PostsAQuestionForTheChannel_WithThreeOrFourChoiceButtons()
    {
        var quiz = await host.SeeAsync(client, Payloads.Command("quiz", Payloads.Subcommand("start")).By(Ann, Member));

        Assert.False(quiz.Ephemeral);
        Assert.StartsWith("Quiz: ", (string)quiz.Message["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", quiz.Message["allowed_mentions"]!.ToJsonString());
        var choices = quiz.Message["components"]![0]!["components"]!.AsArray();
        Assert.InRange(choices.Count, 3, 4);
        Assert.All(choices, b => Assert.Matches("^quiz:a:[0-9a-f]+:[0-3]$", (string)b!["custom_id"]!));
        Assert.Equal(["A. ", "B. ", "C. "], choices.Take(3).Select(b => ((string)b!["label"]!)[..3]));
        var question = await QuestionOfAsync(quiz.Message);
        Assert.Equal(question.Draft.Choices.Count, choices.Count);
    }

    [Fact]
    public async Task SamePersonPressingTwice_IsScoredOnce_AnotherPersonCanAnswer_AndScoreShowsTheLeaderboard()
    {
        var (_, quiz) = await host.ShownAsync(client, Payloads.Command("quiz", Payloads.Subcommand("start")).By(Ann, Member));
        var question = await QuestionOfAsync(quiz);
        var right = question.Draft.Correct;
        var wrong = (right + 1) % question.Draft.Choices.Count;

        var first = await host.SeeAsync(client, Payloads.Button(QuizAnswer(question, right)).By(Ann, Member));
        var second = await host.SeeAsync(client, Payloads.Button(QuizAnswer(question, wrong)).By(Ann, Member));
        var other = await host.SeeAsync(client, Payloads.Button(QuizAnswer(question, wrong)).By(Ben, Member));
        var (_, board) = await host.ShownAsync(client, Payloads.Command("quiz", Payloads.Subcommand("score")).By(Ben, Member));

        Assert.All([first, second, other], answer => Assert.True(answer.Ephemeral));
        Assert.Contains("✅ Right!", TextOf(first.Message), StringComparison.Ordinal);
        Assert.Contains(question.Draft.Quote[..20], TextOf(first.Message), StringComparison.Ordinal);
        Assert.Contains("You already answered", TextOf(second.Message), StringComparison.Ordinal);
        Assert.Contains("only your first answer counts", TextOf(second.Message), StringComparison.Ordinal);
        Assert.Contains("❌ Not quite", TextOf(other.Message), StringComparison.Ordinal);
        var leaderboard = (string)board["embeds"]![0]!["description"]!;
        Assert.Equal($"1. <@{Ann}> — 1 correct of 1\n2. <@{Ben}> — 0 correct of 1", leaderboard);
        Assert.Equal("""{"parse":[]}""", board["allowed_mentions"]!.ToJsonString());
        var scores = await host.Factory.Services.GetRequiredService<IQuizStore>().LeaderboardAsync(ChatPlatform.Discord, Payloads.GuildId, Payloads.ChannelId, 10);
        Assert.Equal([(Ann, 1, 1), (Ben, 0, 1)], scores.Select(s => (s.UserId, s.Correct, s.Answered)));
    }

    [Fact]
    public async Task QuizScore_BeforeAnyAnswer_SaysNobodyHasAnsweredYet()
    {
        var (_, board) = await host.ShownAsync(client, Payloads.Command("quiz", Payloads.Subcommand("score")).By(Ben, Member));

        Assert.Contains("Nobody has answered a quiz in this channel yet", TextOf(board), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelineButtons_TurnThePage_WithOtherEventsAndTheirCitations()
    {
        var (_, first) = await host.ShownAsync(client, Payloads.Command("timeline").By(Ann, Member));
        var next = Button(first, "Next");

        var second = await host.SeeAsync(client, Payloads.Button(next).By(Ann, Member));
        var back = await host.SeeAsync(client, Payloads.Button(Button(second.Message, "Previous")).By(Ann, Member));

        Assert.Contains(second.Type, new[] { 6, 7 });
        var page1 = Events(first);
        var page2 = Events(second.Message);
        Assert.NotEmpty(page2);
        Assert.Empty(page1.Intersect(page2));
        Assert.Contains("Page 2 of", (string)second.Message["embeds"]![0]!["description"]!, StringComparison.Ordinal);
        Assert.All(page2, line => Assert.Matches(@" \[\d+\]$", line));
        var sources = second.Message["embeds"]![0]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
        Assert.All(page2.Select(line => line[(line.LastIndexOf('[') + 1)..^1]).Distinct(), n => Assert.Contains(sources, name => name.Contains($"[{n}] ", StringComparison.Ordinal)));
        Assert.Equal(page1, Events(back.Message));
    }

    private static string QuizAnswer(QuizQuestion question, int choice) => $"quiz:a:{question.Id}:{choice}";

    private async Task<QuizQuestion> QuestionOfAsync(JsonObject quiz)
    {
        var id = ButtonIds(quiz)[0].Split(':')[2];
        return (await host.Factory.Services.GetRequiredService<IQuizStore>().GetAsync(id))!;
    }

    private static string Button(JsonObject message, string label) =>
        (string)message["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Single(b => (string?)b!["label"] == label)!["custom_id"]!;

    /// <summary>The event lines of a timeline page ("**date** — text [n]").</summary>
    private static List<string> Events(JsonObject message) =>
        [.. ((string)message["embeds"]![0]!["description"]!).Split('\n').Where(line => line.StartsWith("**", StringComparison.Ordinal))];
}
