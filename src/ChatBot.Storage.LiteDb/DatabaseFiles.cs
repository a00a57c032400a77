using System.Globalization;

namespace ChatBot.Storage.LiteDb;

/// <summary>The files that belong to one LiteDB database path, named in one place.</summary>
internal static class DatabaseFiles
{
    /// <summary>LiteDB's write-ahead log: "chatbot.db" → "chatbot-log.db". Committed writes live here until a checkpoint.</summary>
    public static string Log(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    public static string Manifest(string path) => path + ".manifest.json";

    public static string Lock(string path) => path + ".lock";

    /// <summary>
    /// Where a database is set aside ("chatbot.db" → "chatbot.damaged-20260101T000000Z.db", or "…Z-2.db" when that
    /// name is taken), so its log stays recognisable to LiteDB and `chatbot db check --db` can still read it.
    /// </summary>
    public static string Aside(string path, string why, DateTimeOffset at)
    {
        var stem = Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}.{why}-{Stamp(at)}");
        var aside = stem + Path.GetExtension(path);
        for (var n = 2; File.Exists(aside) || File.Exists(Log(aside)); n++)
        {
            aside = $"{stem}-{n}{Path.GetExtension(path)}";
        }

        return aside;
    }

    public static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Moves a database and its log (when there is one) to <paramref name="target"/>; nothing is deleted.</summary>
    public static void Move(string path, string target)
    {
        if (File.Exists(Log(path)))
        {
            File.Move(Log(path), Log(target));
        }

        if (File.Exists(path))
        {
            File.Move(path, target);
        }
    }
}
