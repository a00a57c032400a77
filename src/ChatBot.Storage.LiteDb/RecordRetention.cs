using ChatBot.Core.Conversations;
using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Keeps the records every answer adds from growing for ever while `serve` runs: every <see cref="Interval"/> (and once
/// an interval after start), archived answers and shareable replies older than
/// <see cref="StorageOptions.AnswerRetention"/> and conversation turns past <see cref="Conversation.Lifetime"/> are
/// deleted. The other collections prune themselves as they are written (question history, seen events, replay
/// records, quizzes, link nonces) or are kept on purpose (fact cards, moderation log, feedback, pending articles).
/// </summary>
public sealed class RecordRetention(ChatBotDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<RecordRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>Raised after each pass with the number of records deleted (null when the database was unavailable).</summary>
    public event Action<int?>? Pruned;

    /// <summary>Deletes what is past its time now; the number deleted, or null without a usable database.</summary>
    public int? PruneNow()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var answersBefore = now - options.Value.AnswerRetention;
        var turnsBefore = now - Conversation.Lifetime;
        return StorageGuard.Try(database, () => database.Database is { } db
            ? Prune(db, LiteDbAnswerArchive.Collection, answersBefore)
                + Prune(db, LiteDbSharedReplyStore.Collection, answersBefore)
                + Prune(db, LiteDbConversationStore.Collection, turnsBefore)
            : (int?)null);
    }

    private DateTimeOffset due;

    /// <summary>The first pass is scheduled here, synchronously, so it is due an interval from the moment the host started.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        due = time.GetUtcNow() + Interval;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Due times, not fixed waits: a clock that moves on while a pass runs makes the next pass due at once.
            while (!stoppingToken.IsCancellationRequested)
            {
                if (due - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                var deleted = await Task.Run(PruneNow, stoppingToken);
                due = time.GetUtcNow() + Interval;
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} answer records past their retention", deleted);
                }

                Pruned?.Invoke(deleted);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static int Prune(LiteDatabase db, string name, DateTime before)
    {
        var collection = db.GetCollection(name);
        collection.EnsureIndex("At");
        return collection.DeleteMany(Query.LT("At", before));
    }
}
