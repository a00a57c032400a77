using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Study;

/// <summary>The study and fact-card commands as the real host composes them: LiteDB file, configuration, hosted corpus check.</summary>
public sealed class HostStudyCommandsTests : IDisposable
{
    private readonly ChatBotFactory factory = new();

    public HostStudyCommandsTests()
    {
        factory.Settings["ChatBot:Moderation:DiscordRoleIds:0"] = "777";
        factory.Settings["ChatBot:Quiz:Seed"] = "5";
    }

    private ICommandDispatcher Dispatcher => factory.Services.GetRequiredService<ICommandDispatcher>();

    [Fact]
    public async Task DiscordModeratorByConfiguredRole_CreatesAndPosts_AndTheAuditTrailIsStored()
    {
        var moderator = new ChatUser("42", "Mod", Roles: ["777"]);
        var form = (await Dispatcher.DispatchAsync(Command(moderator, "create"))).Form!;
        var values = StudyCards.FormValues("The 2002 Pyongyang summit");
        values["slug"] = StudyCards.Slug;

        var saved = await Dispatcher.DispatchComponentAsync(new ComponentRequest(ChatPlatform.Discord, moderator, "C1", form.Id, "G1", "M1", values));
        var posted = await Dispatcher.DispatchAsync(Command(moderator, "post", StudyCards.Slug));
        var refused = await Dispatcher.DispatchAsync(Command(new ChatUser("43", "Member", Roles: ["778"]), "post", StudyCards.Slug));

        Assert.Equal(ReplyKind.FactCard, saved.Kind);
        Assert.Equal((ReplyKind.FactCard, ReplyVisibility.Public), (posted.Kind, posted.Visibility));
        Assert.Equal(ReplyKind.Refused, refused.Kind);
        var log = await factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal(["refused: not a moderator", "posted version 1", "saved version 1", "form opened"], log.Select(e => e.Outcome));
        Assert.Equal(["43", "42", "42", "42"], log.Select(e => e.UserId));
    }

    [Fact]
    public async Task CorpusSwap_FlagsCardsWhoseQuotesVanished_ThroughTheHostedCheck()
    {
        var check = factory.Services.GetRequiredService<FactCardCorpusCheck>();
        await factory.Services.GetRequiredService<FactCardService>().ImportAsync(StudyCards.Slug, StudyCards.Summit, FactCardActor.Cli("test"));
        await check.Completion;

        factory.Services.GetRequiredService<CorpusIndexHolder>().Swap(StudyCards.CorpusWithoutSummitQuote());
        await check.Completion;

        var card = await factory.Services.GetRequiredService<IFactCardStore>().GetAsync(StudyCards.Slug);
        Assert.True(card!.NeedsReview);
        var list = await Dispatcher.DispatchAsync(Command(new ChatUser("1"), "list"));
        Assert.Contains("Needs review", list.Fields[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_And_Reading_AreServedByTheHost()
    {
        var quiz = await Dispatcher.DispatchAsync(new CommandRequest(ChatPlatform.Discord, new ChatUser("1", "Ann"), "C1", "quiz", new Dictionary<string, string>(), "G1", "start"));
        var reading = await Dispatcher.DispatchAsync(new CommandRequest(ChatPlatform.Discord, new ChatUser("1", "Ann"), "C1", "reading", new Dictionary<string, string> { ["topic"] = "Koizumi" }, "G1"));

        Assert.Equal(ReplyKind.Quiz, quiz.Kind);
        Assert.Equal(ReplyKind.Sources, reading.Kind);
        Assert.NotEmpty(reading.Sources);
    }

    private static CommandRequest Command(ChatUser user, string subcommand, string? slug = null) =>
        new(ChatPlatform.Discord, user, "C1", "factcard", slug is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["slug"] = slug }, "G1", subcommand);

    public void Dispose() => factory.Dispose();
}
