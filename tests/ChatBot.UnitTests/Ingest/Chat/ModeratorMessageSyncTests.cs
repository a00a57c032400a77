using ChatBot.Core.Commands;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Chat;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.UnitTests.Ingest.Chat;

public sealed class ModeratorMessageSyncTests
{
    private static readonly Reply Decision = new() { Kind = ReplyKind.Info, Body = "Now answering from: T (articles/t.md)", ReplaceOriginal = true };

    [Fact]
    public async Task ShowElsewhere_EditsEveryOtherMessage_NotThePressedOne()
    {
        var (sync, discord, slack) = await SyncAsync(new ModeratorMessage(ChatPlatform.Discord, "D1", "m1"), new ModeratorMessage(ChatPlatform.Slack, "C1", "1.1"));

        var updated = await sync.ShowElsewhereAsync("p1", Pressed(ChatPlatform.Slack, "C1", "1.1"), Decision);

        Assert.Equal(1, updated);
        var edit = Assert.Single(discord.Updates);
        Assert.Equal(("D1", "m1", Decision.Body, false), (edit.Channel, edit.Message, edit.Reply.Body, edit.Reply.ReplaceOriginal));
        Assert.Empty(slack.Updates);
    }

    [Fact]
    public async Task ShowElsewhere_AFormSubmittedWithoutAMessageId_LeavesThatPlatformsChannelAlone()
    {
        var (sync, discord, slack) = await SyncAsync(new ModeratorMessage(ChatPlatform.Discord, "D1", "m1"), new ModeratorMessage(ChatPlatform.Slack, "C1", "1.1"));

        await sync.ShowElsewhereAsync("p1", Pressed(ChatPlatform.Slack, "C1", null), Decision);

        Assert.Single(discord.Updates);
        Assert.Empty(slack.Updates);
    }

    [Fact]
    public async Task ShowElsewhere_APlatformThatFails_DoesNotStopTheOthers_AndAMessageWithoutIdIsSkipped()
    {
        var (sync, discord, slack) = await SyncAsync(new ModeratorMessage(ChatPlatform.Discord, "D1", "m1"), new ModeratorMessage(ChatPlatform.Slack, "C1", null));
        discord.Fail = true;

        var updated = await sync.ShowElsewhereAsync("p1", Pressed(ChatPlatform.Cli, "x", null), Decision);

        Assert.Equal(0, updated);
        Assert.Empty(slack.Updates);
    }

    private static ComponentRequest Pressed(ChatPlatform platform, string channel, string? messageId) =>
        new(platform, new ChatUser("U1"), channel, "corpus:approve:p1", MessageId: messageId);

    private static async Task<(ModeratorMessageSync Sync, RecordingPoster Discord, RecordingPoster Slack)> SyncAsync(params ModeratorMessage[] messages)
    {
        var store = new InMemoryPendingArticleStore();
        await store.SaveAsync(new PendingArticle
        {
            Id = "p1",
            Source = "https://news.example/a",
            Preview = new PendingArticlePreview("T", null, null, null, null, 10, "", [], "t"),
            ArticleJson = "{}",
            RequestedOn = ChatPlatform.Feed,
            RequestedBy = "feed:https://news.example/rss",
            RequestedAt = DateTimeOffset.UnixEpoch,
            Messages = messages,
        });
        var discord = new RecordingPoster(ChatPlatform.Discord);
        var slack = new RecordingPoster(ChatPlatform.Slack);
        return (new ModeratorMessageSync(store, [discord, slack], NullLogger<ModeratorMessageSync>.Instance), discord, slack);
    }

    private sealed class RecordingPoster(ChatPlatform platform) : IChannelPoster
    {
        public List<(string Channel, string Message, Reply Reply)> Updates { get; } = [];

        public bool Fail { get; set; }

        public ChatPlatform Platform => platform;

        public Task<string?> PostAsync(string channelId, Reply reply, CancellationToken cancellationToken = default) => Task.FromResult<string?>("new");

        public Task UpdateAsync(string channelId, string messageId, Reply reply, CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new HttpRequestException("503 Service Unavailable");
            }

            Updates.Add((channelId, messageId, reply));
            return Task.CompletedTask;
        }
    }
}
