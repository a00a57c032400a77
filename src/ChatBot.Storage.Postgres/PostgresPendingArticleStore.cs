using ChatBot.Core.PendingArticles;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// The pending-article queue in PostgreSQL. Records are kept (their status changes), never deleted. A decision is one
/// conditional UPDATE (<c>WHERE status = 'Pending'</c>), so of two moderators pressing at once — on any replicas —
/// exactly one decides it.
/// </summary>
public sealed class PostgresPendingArticleStore(PostgresDatabase database) : IPendingArticleStore
{
    private static readonly string Pending = nameof(PendingArticleStatus.Pending);

    public ValueTask<bool> SaveAsync(PendingArticle article, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await UpsertAsync(connection, null, article, cancellationToken).ConfigureAwait(false);
            return true;
        }, false);

    /// <summary>Stores the article, replacing the record of the same id (inside the caller's transaction, if any).</summary>
    internal static ValueTask<int> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PendingArticle article, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, """
            INSERT INTO pending_articles (id, source, status, requested_at, article) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, status = EXCLUDED.status, requested_at = EXCLUDED.requested_at, article = EXCLUDED.article
            """, cancellationToken, article.Id, article.Source, article.Status.ToString(), article.RequestedAt, Sql.ToJson(article));

    public ValueTask<PendingArticle?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<PendingArticle?>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return (await Sql.QueryAsync(connection, null, "SELECT article FROM pending_articles WHERE id = $1", r => Sql.FromJson<PendingArticle>(r.GetString(0)), cancellationToken, id).ConfigureAwait(false)).FirstOrDefault();
        }, null);

    public ValueTask<bool> TryDecideAsync(PendingArticle decided, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.ExecuteAsync(connection, null, """
                UPDATE pending_articles SET source = $2, status = $3, requested_at = $4, article = $5 WHERE id = $1 AND status = $6
                """, cancellationToken, decided.Id, decided.Source, decided.Status.ToString(), decided.RequestedAt, Sql.ToJson(decided), Pending).ConfigureAwait(false) == 1;
        }, false);

    public ValueTask<IReadOnlyList<PendingArticle>> ListAsync(PendingArticleStatus? status, int limit, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<IReadOnlyList<PendingArticle>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, "SELECT article FROM pending_articles WHERE $1::text IS NULL OR status = $1 ORDER BY requested_at DESC LIMIT $2",
                r => Sql.FromJson<PendingArticle>(r.GetString(0)), cancellationToken, status?.ToString(), Math.Max(0, limit)).ConfigureAwait(false);
        }, []);

    public ValueTask<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return (await Sql.QueryAsync(connection, null, "SELECT EXISTS (SELECT 1 FROM pending_articles WHERE source = $1)", r => r.GetBoolean(0), cancellationToken, source).ConfigureAwait(false))[0];
        }, false);
}
