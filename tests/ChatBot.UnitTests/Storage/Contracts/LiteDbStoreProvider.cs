using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>
/// LiteDB stores on a temporary file; "unavailable" is a database path that is a folder. LiteDB is one process's
/// database, so "another replica" is the same stores again (the single instance a host registers).
/// </summary>
public sealed class LiteDbStoreProvider : IStoreProvider
{
    private readonly TempDatabase temp = new();
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-not-a-file-").FullName;
    private Stores? stores;
    private Stores? unavailable;

    public FakeTimeProvider Time => temp.Time;

    public Task<Stores> OpenAsync() => Task.FromResult(stores ??= For(temp.Open()));

    public Stores OpenUnavailable() =>
        unavailable ??= For(new ChatBotDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = folder }), Microsoft.Extensions.Logging.Abstractions.NullLogger<ChatBotDatabase>.Instance, Time));

    private Stores For(ChatBotDatabase db)
    {
        var (archive, shared, conversations) = (new LiteDbAnswerArchive(db, Time), new LiteDbSharedReplyStore(db, Time), new LiteDbConversationStore(db, Time));
        return new(
            new LiteDbFactCardStore(db),
            new LiteDbModerationLog(db),
            new LiteDbFeedbackStore(db),
            new LiteDbQuizStore(db),
            new LiteDbPendingArticleStore(db),
            new LiteDbSeenEventStore(db, Time),
            new LiteDbReplayStore(db, Time),
            new LiteDbConsumedNonceStore(db, Time))
        {
            Answers = new(new LiteDbAnswerRecords(db, temp.Cache(db), archive, conversations, shared), archive, shared, conversations, new LiteDbQuestionHistory(db, Time), new LiteDbActivityLog(db)),
        };
    }

    public async ValueTask DisposeAsync()
    {
        // The replay store writes in the background: it finishes before its database closes.
        foreach (var replay in new[] { stores?.Replay, unavailable?.Replay }.OfType<IAsyncDisposable>())
        {
            await replay.DisposeAsync();
        }

        temp.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
