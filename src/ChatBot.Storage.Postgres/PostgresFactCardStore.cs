using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Fact cards and their revisions in PostgreSQL. A save is a check-and-set in one transaction: the stored row is
/// locked (<c>FOR UPDATE</c>) and its version compared, then card and revision are written together or not at all (an
/// import's cards and their moderation log entries too). Two replicas saving the same version: the second waits for
/// the first's lock and then sees a conflict; two creating the same slug: the primary key lets one in. Reads that
/// cannot reach the database throw <see cref="StorageUnavailableException"/>; saves report Unavailable.
/// </summary>
public sealed class PostgresFactCardStore(PostgresDatabase database) : IFactCardStore
{
    public ValueTask<FactCard?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        PostgresFailures.RequiredAsync(database, "fact cards could not be read", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            var cards = await Sql.QueryAsync(connection, null, "SELECT card FROM fact_cards WHERE slug = $1", r => Sql.FromJson<FactCard>(r.GetString(0)), cancellationToken, slug).ConfigureAwait(false);
            return cards.FirstOrDefault();
        });

    public ValueTask<IReadOnlyList<FactCard>> ListAsync(CancellationToken cancellationToken = default) =>
        PostgresFailures.RequiredAsync<IReadOnlyList<FactCard>>(database, "fact cards could not be read", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, "SELECT card FROM fact_cards ORDER BY slug COLLATE \"C\"", r => Sql.FromJson<FactCard>(r.GetString(0)), cancellationToken).ConfigureAwait(false);
        });

    public ValueTask<IReadOnlyList<FactCardRevision>> HistoryAsync(string slug, CancellationToken cancellationToken = default) =>
        PostgresFailures.RequiredAsync<IReadOnlyList<FactCardRevision>>(database, "fact card history could not be read", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, "SELECT revision FROM fact_card_revisions WHERE slug = $1 ORDER BY version", r => Sql.FromJson<FactCardRevision>(r.GetString(0)), cancellationToken, slug).ConfigureAwait(false);
        });

    public ValueTask<FactCardSaveResult> SaveAsync(FactCard card, int expectedVersion, FactCardRevision revision, CancellationToken cancellationToken = default) =>
        SaveAllAsync([new FactCardWrite(card, expectedVersion, revision)], [], card, cancellationToken);

    public ValueTask<FactCardSaveResult> SaveAllAsync(IReadOnlyList<FactCardWrite> writes, IReadOnlyList<ModerationEntry> log, CancellationToken cancellationToken = default) =>
        SaveAllAsync(writes, log, null, cancellationToken);

    private ValueTask<FactCardSaveResult> SaveAllAsync(IReadOnlyList<FactCardWrite> writes, IReadOnlyList<ModerationEntry> log, FactCard? saved, CancellationToken cancellationToken) =>
        PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var write in writes)
            {
                if (await WriteAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false) is { } refusal)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return refusal;
                }
            }

            foreach (var entry in log)
            {
                await PostgresModerationLog.InsertAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new FactCardSaveResult(FactCardSaveOutcome.Saved, saved);
        }, new FactCardSaveResult(FactCardSaveOutcome.Unavailable, null));

    /// <summary>The check-and-set of one card inside the caller's transaction: the refusal, or null once card and revision are written.</summary>
    private static async ValueTask<FactCardSaveResult?> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, FactCardWrite write, CancellationToken cancellationToken)
    {
        var card = write.Card;
        var current = (await Sql.QueryAsync(connection, transaction, "SELECT card FROM fact_cards WHERE slug = $1 FOR UPDATE", r => Sql.FromJson<FactCard>(r.GetString(0)), cancellationToken, card.Slug).ConfigureAwait(false)).FirstOrDefault();
        var refusal = (current, write.ExpectedVersion) switch
        {
            ({ }, 0) => new FactCardSaveResult(FactCardSaveOutcome.Duplicate, current),
            (null, > 0) => new FactCardSaveResult(FactCardSaveOutcome.Missing, null),
            ({ }, _) when current.Version != write.ExpectedVersion => new FactCardSaveResult(FactCardSaveOutcome.Conflict, current),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        // A create racing another create of the same slug: the loser's insert finds the winner's row and writes nothing.
        var written = await Sql.ExecuteAsync(connection, transaction, """
            INSERT INTO fact_cards (slug, version, is_deleted, needs_review, updated_at, card) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (slug) DO UPDATE SET version = EXCLUDED.version, is_deleted = EXCLUDED.is_deleted, needs_review = EXCLUDED.needs_review,
                updated_at = EXCLUDED.updated_at, card = EXCLUDED.card
            WHERE fact_cards.version = $7
            """, cancellationToken, card.Slug, card.Version, card.IsDeleted, card.NeedsReview, card.UpdatedAt, Sql.ToJson(card), write.ExpectedVersion).ConfigureAwait(false);
        if (written == 0)
        {
            var winner = (await Sql.QueryAsync(connection, transaction, "SELECT card FROM fact_cards WHERE slug = $1", r => Sql.FromJson<FactCard>(r.GetString(0)), cancellationToken, card.Slug).ConfigureAwait(false)).FirstOrDefault();
            return new FactCardSaveResult(write.ExpectedVersion == 0 ? FactCardSaveOutcome.Duplicate : FactCardSaveOutcome.Conflict, winner);
        }

        var revision = write.Revision;
        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO fact_card_revisions (slug, version, action, by_actor, at, revision) VALUES ($1, $2, $3, $4, $5, $6)",
            cancellationToken, revision.Slug, revision.Version, revision.Action.ToString(), revision.By, revision.At, Sql.ToJson(revision)).ConfigureAwait(false);
        return null;
    }
}
