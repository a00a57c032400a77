using ChatBot.Core.Storage.Copying;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Takes over another store's records (`chatbot db copy --from litedb:FILE --to postgres`): each group of tables in
/// one transaction (a fact card with its revisions), every row an upsert on its key — the source's record replaces
/// the target's, so copying twice gives the same rows. Afterwards the rows under the source's keys are counted in
/// each table; a copy is verified when every count equals the records read. A failure in one group leaves the groups
/// before it committed and nothing of its own; running the copy again completes it.
/// </summary>
public sealed class PostgresCopyTarget(PostgresDatabase database)
{
    public string Location => database.Location;

    public Task<SchemaStatus> StatusAsync(CancellationToken cancellationToken = default) => new PostgresMigrator(database).StatusAsync(cancellationToken);

    /// <summary>Copies the snapshot (or, with <paramref name="dryRun"/>, only counts what is there) and counts each table.</summary>
    public async Task<IReadOnlyList<CopyCount>> CopyAsync(StoreSnapshot snapshot, bool dryRun, CancellationToken cancellationToken = default)
    {
        var groups = PostgresCopySteps.For(snapshot);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!dryRun)
        {
            foreach (var group in groups)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                foreach (var step in group)
                {
                    written[step.Table] = await step.WriteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var counts = new List<CopyCount>();
        foreach (var step in groups.SelectMany(g => g))
        {
            counts.Add(new CopyCount(step.Table, step.Read, written.GetValueOrDefault(step.Table), await step.CountAsync(connection, cancellationToken).ConfigureAwait(false)));
        }

        return counts;
    }
}
