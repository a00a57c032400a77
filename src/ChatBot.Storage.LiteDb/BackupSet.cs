using System.Globalization;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The scheduled backups of one database in their folder: "chatbot-20260101T000000Z.db", newest first. Only files
/// with exactly that name shape are counted or deleted, so nothing else in the folder is ever touched.
/// </summary>
internal sealed class BackupSet(string folder, string databasePath)
{
    private readonly string stem = Path.GetFileNameWithoutExtension(databasePath) + "-";
    private readonly string extension = Path.GetExtension(databasePath);

    public string PathFor(DateTimeOffset at) => Path.Combine(folder, stem + DatabaseFiles.Stamp(at) + extension);

    /// <summary>The backups present, newest first, with when each was made (from its name).</summary>
    public IReadOnlyList<(string Path, DateTimeOffset At)> List() =>
        !System.IO.Directory.Exists(folder) ? [] :
        [.. System.IO.Directory.EnumerateFiles(folder, stem + "*" + extension)
            .Select(path => (Path: path, At: Parse(Path.GetFileName(path))))
            .Where(b => b.At is not null)
            .Select(b => (b.Path, b.At!.Value))
            .OrderByDescending(b => b.Value)];

    /// <summary>Deletes all but the newest <paramref name="keep"/> backups; returns the deleted files.</summary>
    public IReadOnlyList<string> Prune(int keep)
    {
        var old = List().Skip(keep).Select(b => b.Path).ToList();
        foreach (var path in old)
        {
            File.Delete(path);
        }

        return old;
    }

    private DateTimeOffset? Parse(string name)
    {
        var stamp = name[stem.Length..^extension.Length];
        return DateTimeOffset.TryParseExact(stamp, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
    }
}
