using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// A small file beside the database ("chatbot.db.manifest.json") saying what the database held when last recorded
/// (after its check at open, after each backup, at shutdown) and when it last passed a full check. It is how a database that held data and comes back missing, empty
/// or with fewer kept records (fact cards, their revisions, votes, the audit log, quiz answers and scores, queued articles, which the
/// bot never deletes) is recognised as damaged instead of silently re-created.
/// </summary>
internal sealed record DatabaseManifest(
    [property: JsonPropertyName("heldData")] bool HeldData,
    [property: JsonPropertyName("collections")] IReadOnlyDictionary<string, int> Collections,
    [property: JsonPropertyName("recordedAt")] DateTimeOffset RecordedAt,
    [property: JsonPropertyName("lastGoodCheck")] DateTimeOffset LastGoodCheck)
{
    /// <summary>Collections the bot never deletes from: fewer records than at the last good check means data was lost.</summary>
    public static IReadOnlyList<string> Kept { get; } = ["factcards", "factcard_revisions", "feedback", "moderation_log", "quiz_answers", "quiz_scores", LiteDbPendingArticleStore.CollectionName];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The manifest, or null when there is none; a manifest that cannot be read counts as "held data".</summary>
    public static DatabaseManifest? Read(string databasePath)
    {
        var path = DatabaseFiles.Manifest(databasePath);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DatabaseManifest>(File.ReadAllText(path), Json) ?? Unreadable;
        }
        catch (Exception e) when (FileFailure.Is(e) || e is JsonException or NotSupportedException)
        {
            return Unreadable;
        }
    }

    private static DatabaseManifest Unreadable { get; } = new(true, new Dictionary<string, int>(), DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    public static DatabaseManifest For(IReadOnlyDictionary<string, int> counts, DateTimeOffset recordedAt, DateTimeOffset lastGoodCheck) =>
        new(counts.Count > 0, new SortedDictionary<string, int>(counts.ToDictionary(), StringComparer.Ordinal), recordedAt, lastGoodCheck);

    /// <summary>Writes the manifest atomically (a temporary file renamed over the old one).</summary>
    public void Write(string databasePath)
    {
        var path = DatabaseFiles.Manifest(databasePath);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Why the file at the path cannot be the database this manifest describes, or null when it can.</summary>
    public string? Contradiction(DatabaseFileKind kind, IReadOnlyDictionary<string, int>? counts)
    {
        if (!HeldData)
        {
            return null;
        }

        var held = Collections.Count == 0 ? "data" : Summary(Collections);
        var when = RecordedAt == DateTimeOffset.MinValue ? "(its manifest is unreadable)" : $"on {RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
        return kind switch
        {
            DatabaseFileKind.Missing => $"the database file is missing; it held {held} {when}",
            DatabaseFileKind.Empty => $"the database file is empty (0 bytes); it held {held} {when}",
            _ when counts is { Count: 0 } => $"the database came back empty (no collections); it held {held} {when}",
            _ when counts is not null && Kept.FirstOrDefault(c => counts.GetValueOrDefault(c) < Collections.GetValueOrDefault(c)) is { } lost =>
                $"'{lost}' holds {counts.GetValueOrDefault(lost):N0} records, {Collections[lost]:N0} {when}: records the bot never deletes are gone",
            _ => null,
        };
    }

    /// <summary>One line: what was recorded and when, and the last full check.</summary>
    public string Describe() =>
        $"recorded on {RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {(Collections.Count == 0 ? "empty" : Summary(Collections))}; last full check {LastGoodCheck.UtcDateTime:yyyy-MM-dd HH:mm} UTC";

    public static string Summary(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"));
}
