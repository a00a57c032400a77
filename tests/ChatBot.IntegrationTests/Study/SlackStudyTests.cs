using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Quiz;
using ChatBot.IntegrationTests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Study;

/// <summary>
/// Fact cards and quizzes through the Slack adapter with real signed requests and the real command layer behind
/// it: modals, button presses and their replies on a loopback fake Slack.
/// </summary>
public sealed class SlackStudyTests : IAsyncLifetime
{
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack);
        host.Settings["ChatBot:Slack:AllowedChannelIds:0"] = "C1";
        host.Settings["ChatBot:Moderation:SlackUserIds:0"] = "UMOD";
        host.Settings["ChatBot:Moderation:SlackGroupIds:0"] = "SMODS";
        host.Settings["ChatBot:Moderation:SlackGroupIds:0"] = "SMODS";
        host.Settings["ChatBot:Quiz:Seed"] = "3";
        slack.GroupMembers["SMODS"] = ["UGROUPMOD"];
        await host.Services.GetRequiredService<FactCardService>().ImportAsync(StudyCards.Slug, StudyCards.Summit, FactCardActor.Cli("seed"));
    }

    [Fact]
    public async Task SlackModerator_EditsACardInAModal_AndTheSaveIsRecordedUnderTheirId()
    {
        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction($"fc:reopen:{StudyCards.Slug}", slack.ResponseUrl("edit"), user: "UMOD"));
        var opened = await slack.WaitForAsync(c => c.IsApi("views.open") && c.Body.Contains($"fc:edit:{StudyCards.Slug}:1", StringComparison.Ordinal));
        var metadata = (string)opened.Json["view"]!["private_metadata"]!;

        await host.PostSignedAsync("/slack/interactions", SlackForms.ViewSubmission($"fc:edit:{StudyCards.Slug}:1", metadata, StudyCards.FormValues("Edited on Slack"), user: "UMOD"));
        await slack.WaitForAsync(c => c.Path == "/hooks/edit" && c.Body.Contains("version 2", StringComparison.Ordinal));

        var card = await host.Services.GetRequiredService<IFactCardStore>().GetAsync(StudyCards.Slug);
        Assert.Equal(("Edited on Slack", "slack:UMOD", 2), (card!.Content.Title, card.UpdatedBy, card.Version));
    }

    [Fact]
    public async Task SlackNonModerator_IsRefusedPolitely_EvenWithAForgedSubmission_AndNothingChanges()
    {
        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction($"fc:reopen:{StudyCards.Slug}", slack.ResponseUrl("mod"), user: "UMOD"));
        var opened = await slack.WaitForAsync(c => c.IsApi("views.open"));
        var metadata = (string)opened.Json["view"]!["private_metadata"]!;

        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction($"fc:reopen:{StudyCards.Slug}", slack.ResponseUrl("member"), user: "U1"));
        var refused = await slack.WaitForAsync(c => c.Path == "/hooks/member");
        await host.PostSignedAsync("/slack/interactions", SlackForms.ViewSubmission($"fc:edit:{StudyCards.Slug}:1", metadata, StudyCards.FormValues("Forged"), user: "U1"));
        await slack.WaitForAsync(c => c.Path == "/hooks/mod" && c.Body.Contains("only moderators", StringComparison.Ordinal));
        await host.Work.WhenIdleAsync();

        Assert.Contains("only moderators", refused.Body, StringComparison.Ordinal);
        Assert.Equal("ephemeral", (string)refused.Json["response_type"]!);
        Assert.Single(slack.Calls(c => c.IsApi("views.open")));
        var card = await host.Services.GetRequiredService<IFactCardStore>().GetAsync(StudyCards.Slug);
        Assert.Equal(("The 2002 Pyongyang summit", 1), (card!.Content.Title, card.Version));
    }

    [Fact]
    public async Task SlackGroupModerator_PostsACardForTheWholeChannel()
    {
        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction($"fc:post:{StudyCards.Slug}", slack.ResponseUrl("post"), user: "UGROUPMOD"));

        var posted = await slack.WaitForAsync(c => c.Path == "/hooks/post");
        Assert.Equal("in_channel", (string)posted.Json["response_type"]!);
        Assert.Contains("Verified", posted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackQuizAnswer_IsCountedOnce_AndRevealsTheAnswerWithItsQuote()
    {
        var dispatcher = host.Services.GetRequiredService<ICommandDispatcher>();
        var quiz = await dispatcher.DispatchAsync(new CommandRequest(ChatPlatform.Slack, new ChatUser("U1", "Ann"), "C1", "quiz", new Dictionary<string, string>(), "T1", "start"));
        var id = quiz.ButtonRows[0][0].ActionId.Split(':')[2];
        var question = (await host.Services.GetRequiredService<IQuizStore>().GetAsync(id))!;
        var right = $"quiz:a:{id}:{question.Draft.Correct}";

        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(right, slack.ResponseUrl("first")));
        var first = await slack.WaitForAsync(c => c.Path == "/hooks/first");
        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(right, slack.ResponseUrl("second")));
        var second = await slack.WaitForAsync(c => c.Path == "/hooks/second");
        var board = await dispatcher.DispatchAsync(new CommandRequest(ChatPlatform.Slack, new ChatUser("U2"), "C1", "quiz", new Dictionary<string, string>(), "T1", "score"));

        Assert.Contains("Right", first.Body, StringComparison.Ordinal);
        Assert.Contains("already answered", second.Body, StringComparison.Ordinal);
        Assert.Contains("1 correct of 1", board.Body, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await host.Work.WhenIdleAsync();
        await host.DisposeAsync();
        await slack.DisposeAsync();
    }
}
