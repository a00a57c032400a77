using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>The moderation audit trail in LiteDB, append-only.</summary>
public sealed class LiteDbModerationLog(ChatBotDatabase database) : IModerationLog
{
    private const string Collection = "moderation_log";

    public ValueTask RecordAsync(ModerationEntry entry, CancellationToken cancellationToken = default)
    {
        StorageGuard.Required(database, "the moderation log entry could not be stored", db =>
        {
            Insert(db, entry);
            DurableWrite.Persist(db);
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Adds the entry (inside the caller's transaction, if one is open: see <see cref="LiteDbFactCardStore.SaveAllAsync"/>).</summary>
    internal static void Insert(ILiteDatabase db, ModerationEntry entry) =>
        db.GetCollection<ModerationLogDocument>(Collection).Insert(new ModerationLogDocument
        {
            At = entry.At.UtcDateTime,
            Platform = entry.Platform.ToString(),
            UserId = entry.UserId,
            Action = entry.Action,
            Target = entry.Target,
            Outcome = entry.Outcome,
        });

    public ValueTask<IReadOnlyList<ModerationEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        var entries = StorageGuard.Try<IReadOnlyList<ModerationEntry>>(database, () => database.Database?.GetCollection<ModerationLogDocument>(Collection).Query().OrderByDescending(d => d.Id).Limit(limit).ToList()
            .Select(d => new ModerationEntry(new DateTimeOffset(d.At.ToUniversalTime()), Enum.Parse<ChatPlatform>(d.Platform), d.UserId, d.Action, d.Target, d.Outcome))
            .ToList()) ?? [];
        return ValueTask.FromResult(entries);
    }
}
