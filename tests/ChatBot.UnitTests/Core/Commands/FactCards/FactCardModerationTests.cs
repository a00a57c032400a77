using ChatBot.Core.Commands;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

public sealed class FactCardModerationTests : IDisposable
{
    private readonly StudyHarness harness = new();

    public static TheoryData<ChatPlatform, string, string?> RefusedAttempts()
    {
        var data = new TheoryData<ChatPlatform, string, string?>();
        foreach (var platform in new[] { ChatPlatform.Discord, ChatPlatform.Slack })
        {
            data.Add(platform, "create", null);
            data.Add(platform, "edit", "pyongyang-summit-2002");
            data.Add(platform, "delete", "pyongyang-summit-2002");
            data.Add(platform, "post", "pyongyang-summit-2002");
            data.Add(platform, "history", "pyongyang-summit-2002");
            data.Add(platform, "draft", null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedAttempts))]
    public async Task ModeratorSubcommand_IsRefusedPolitelyAndAudited_ForNonModerators(ChatPlatform platform, string subcommand, string? slug)
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());
        var member = platform == ChatPlatform.Discord ? StudyHarness.DiscordMember : StudyHarness.SlackMember;
        var options = new Dictionary<string, string> { ["topic"] = "Koizumi" };
        if (slug is not null)
        {
            options["slug"] = slug;
        }

        var reply = await harness.CommandAsync(member, "factcard", subcommand, options, platform);

        Assert.Equal(ReplyKind.Refused, reply.Kind);
        Assert.Equal(ReplyVisibility.Ephemeral, reply.Visibility);
        Assert.Null(reply.Form);
        Assert.Contains("only moderators", reply.Body, StringComparison.Ordinal);
        var card = await harness.Cards.GetAsync("pyongyang-summit-2002");
        Assert.Equal(1, card!.Version);
        var entry = (await harness.Log.ListAsync(1))[0];
        Assert.Equal((platform, member.Id, $"factcard {subcommand}", "refused: not a moderator"), (entry.Platform, entry.UserId, entry.Action, entry.Outcome));
    }

    [Fact]
    public async Task FormSubmission_ByNonModerator_IsRefusedAndSavesNothing()
    {
        var reply = await harness.PressAsync(StudyHarness.DiscordMember, "fc:new", SampleCards.Summit());

        Assert.Equal(ReplyKind.Refused, reply.Kind);
        Assert.Null(await harness.Cards.GetAsync("pyongyang-summit-2002"));
    }

    public static TheoryData<ChatPlatform, string> Moderators() => new()
    {
        { ChatPlatform.Discord, "permission" },
        { ChatPlatform.Discord, "role" },
        { ChatPlatform.Slack, "user" },
        { ChatPlatform.Slack, "group" },
    };

    [Theory]
    [MemberData(nameof(Moderators))]
    public async Task Moderator_CanCreateAndPost_OnEitherPlatform(ChatPlatform platform, string how)
    {
        var user = (platform, how) switch
        {
            (ChatPlatform.Discord, "permission") => StudyHarness.DiscordModerator,
            (ChatPlatform.Discord, _) => StudyHarness.DiscordRoleModerator,
            (_, "user") => StudyHarness.SlackModerator,
            _ => StudyHarness.SlackGroupModerator,
        };

        var saved = await harness.CreateAsync(user, SampleCards.Summit(), platform);
        var posted = await harness.CommandAsync(user, "factcard", "post", new() { ["slug"] = "pyongyang-summit-2002" }, platform);

        Assert.Equal(ReplyKind.FactCard, saved.Kind);
        Assert.Equal(ReplyKind.FactCard, posted.Kind);
        Assert.Equal(ReplyVisibility.Public, posted.Visibility);
        var log = await harness.Log.ListAsync(10);
        Assert.Contains(log, e => e.UserId == user.Id && e.Action == "factcard post" && e.Outcome == "posted version 1");
        Assert.Contains(log, e => e.UserId == user.Id && e.Action == "factcard create" && e.Outcome == "saved version 1");
        Assert.Equal($"{platform.ToString().ToLowerInvariant()}:{user.Id}", (await harness.Cards.GetAsync("pyongyang-summit-2002"))!.CreatedBy);
    }

    [Fact]
    public async Task Show_WorksForEveryone_AndOnlyModeratorsGetPostAndEditButtons()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());

        var member = await harness.CommandAsync(StudyHarness.SlackMember, "factcard", "show", new() { ["slug"] = "pyongyang-summit-2002" }, ChatPlatform.Slack);
        var moderator = await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", "show", new() { ["slug"] = "pyongyang-summit-2002" });

        Assert.Equal(ReplyKind.FactCard, member.Kind);
        Assert.Equal(ReplyVisibility.Ephemeral, member.Visibility);
        Assert.Empty(member.ButtonRows);
        Assert.Contains(moderator.ButtonRows.SelectMany(r => r), b => b.ActionId == "fc:post:pyongyang-summit-2002");
    }

    public void Dispose() => harness.Dispose();
}
