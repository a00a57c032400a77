using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;

namespace ChatBot.Storage.LiteDb;

/// <summary>The moderation audit trail in LiteDB, append-only.</summary>
public sealed class LiteDbModerationLog(ChatBotDatabase database) : IModerationLog
{
    private const string Collection = "moderation_log";

    public ValueTask<bool> RecordAsync(ModerationEntry entry, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(database.Database is { } db && StorageGuard.Try(() =>
        {
            db.GetCollection<ModerationLogDocument>(Collection).Insert(new ModerationLogDocument
            {
                At = entry.At.UtcDateTime,
                Platform = entry.Platform.ToString(),
                UserId = entry.UserId,
                Action = entry.Action,
                Target = entry.Target,
                Outcome = entry.Outcome,
            });
        }));

    public ValueTask<IReadOnlyList<ModerationEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        var documents = StorageGuard.Try(() => database.Database?.GetCollection<ModerationLogDocument>(Collection).Query().OrderByDescending(d => d.Id).Limit(limit).ToList()) ?? [];
        IReadOnlyList<ModerationEntry> entries = [.. documents.Select(d => new ModerationEntry(new DateTimeOffset(d.At.ToUniversalTime()), Enum.Parse<ChatPlatform>(d.Platform), d.UserId, d.Action, d.Target, d.Outcome))];
        return ValueTask.FromResult(entries);
    }
}
