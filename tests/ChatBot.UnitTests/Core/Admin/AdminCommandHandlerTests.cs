using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Admin;

public sealed class AdminCommandHandlerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingLog log = new();

    [Fact]
    public async Task AModerator_GetsAPrivateWorkingLink_AndTheLogSaysSo()
    {
        var (handler, links) = Handler(enabled: true);
        var moderator = new ChatUser("123", Permissions: MemberPermissions.ManageMessages);

        var reply = await handler.HandleAsync(Request(ChatPlatform.Discord, moderator), CancellationToken.None);

        Assert.Equal(ReplyVisibility.Ephemeral, reply.Visibility);
        var link = Assert.Single(Assert.Single(reply.ButtonRows)).Url!;
        Assert.Equal(ReplyButtonStyle.Link, reply.ButtonRows[0][0].Style);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var redeemed = await links.RedeemAsync(token);
        Assert.Equal(("discord:123", AdminLinkCheck.Valid), (redeemed.Claims?.ActorId, redeemed.Check));
        Assert.Equal(("123", "admin link", "link sent"), (log.Entries[0].UserId, log.Entries[0].Action, log.Entries[0].Outcome));
    }

    [Fact]
    public async Task SomeoneElse_GetsAOneLineRefusal_AndNoLink()
    {
        var (handler, _) = Handler(enabled: true);

        var reply = await handler.HandleAsync(Request(ChatPlatform.Slack, new ChatUser("U9")), CancellationToken.None);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.DoesNotContain("http", reply.Body, StringComparison.Ordinal);
        Assert.Empty(reply.ButtonRows);
        Assert.DoesNotContain('\n', reply.Body);
        Assert.Equal("refused: not a moderator", Assert.Single(log.Entries).Outcome);
    }

    [Fact]
    public async Task ADisabledConsole_SaysSo_ToAModerator()
    {
        var (handler, _) = Handler(enabled: false);

        var reply = await handler.HandleAsync(Request(ChatPlatform.Slack, new ChatUser("U1")), CancellationToken.None);

        Assert.Contains("not enabled", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("http", reply.Body, StringComparison.Ordinal);
    }

    private (AdminCommandHandler Handler, AdminLinks Links) Handler(bool enabled)
    {
        var links = new AdminLinks(
            Options.Create(new AdminConsoleOptions { ConsoleEnabled = enabled, SigningKey = "a-test-key-of-more-than-thirty-two-characters", BaseUrl = "https://bot.example.org" }),
            new InMemoryConsumedNonceStore(time),
            time);
        var policy = new ModeratorPolicy(new ModerationOptions { SlackUserIds = ["U1"] });
        return (new AdminCommandHandler(links, policy, new ModerationAudit(log, NullBotTelemetry.Instance, time)), links);
    }

    private static CommandRequest Request(ChatPlatform platform, ChatUser user) =>
        new(platform, user, "C1", CommandNames.Admin, new Dictionary<string, string>());

    private sealed class RecordingLog : IModerationLog
    {
        public List<ModerationEntry> Entries { get; } = [];

        public ValueTask RecordAsync(ModerationEntry entry, CancellationToken cancellationToken = default)
        {
            Entries.Add(entry);
            return ValueTask.CompletedTask;
        }

        public ValueTask<IReadOnlyList<ModerationEntry>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<ModerationEntry>>(Entries);
    }
}
