using ChatBot.Core.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Keeps the records every answer adds from growing for ever, as LiteDB's RecordRetention does: every
/// <see cref="Interval"/> archived answers and shareable replies older than <c>ChatBot:Storage:AnswerRetention</c> and
/// conversation turns past <see cref="Conversation.Lifetime"/> are deleted. Every replica runs it; the deletes are
/// idempotent, so several at once only repeat each other's work.
/// </summary>
public sealed class PostgresRecordRetention(PostgresDatabase database, IOptions<PostgresOptions> options, TimeProvider time, ILogger<PostgresRecordRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>Deletes what is past its time now; the number deleted, or null when PostgreSQL could not be reached.</summary>
    public async Task<int?> PruneNowAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var answersBefore = now - options.Value.AnswerRetention;
        return await PostgresFailures.TryAsync<int?>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.ExecuteAsync(connection, null, "DELETE FROM answer_archive WHERE at < $1", cancellationToken, answersBefore).ConfigureAwait(false)
                + await Sql.ExecuteAsync(connection, null, "DELETE FROM shared_replies WHERE at < $1", cancellationToken, answersBefore).ConfigureAwait(false)
                + await Sql.ExecuteAsync(connection, null, "DELETE FROM conversations WHERE at < $1", cancellationToken, now - Conversation.Lifetime).ConfigureAwait(false);
        }, null).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var pruned = await PruneNowAsync(stoppingToken).ConfigureAwait(false);
            if (pruned is null)
            {
                logger.LogWarning("Old answers and conversations were not pruned: PostgreSQL at {Location} could not be reached", database.Location);
            }
            else if (pruned > 0)
            {
                logger.LogInformation("Pruned {Count} old answers, shareable replies and conversations", pruned);
            }
        }
    }
}
