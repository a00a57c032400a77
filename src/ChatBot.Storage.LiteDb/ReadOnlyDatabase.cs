using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// A LiteDB database opened over read-only streams of its data file and its log: LiteDB can read everything,
/// committed transactions still in the log included, and cannot write a byte (a write attempt throws). Checks,
/// backups' verification and salvage read damaged files this way, so looking never changes them.
/// </summary>
internal sealed class ReadOnlyDatabase : IDisposable
{
    private readonly FileStream data;
    private readonly FileStream? log;

    private ReadOnlyDatabase(string path)
    {
        data = OpenRead(path);
        try
        {
            log = new FileInfo(DatabaseFiles.Log(path)) is { Exists: true, Length: > 0 } ? OpenRead(DatabaseFiles.Log(path)) : null;
            Database = new LiteDatabase(new LiteEngine(new EngineSettings { DataStream = data, LogStream = log, ReadOnly = true }), disposeOnClose: true);
        }
        catch
        {
            log?.Dispose();
            data.Dispose();
            throw;
        }
    }

    public LiteDatabase Database { get; }

    public static ReadOnlyDatabase Open(string path) => new(path);

    public void Dispose()
    {
        Database.Dispose();
        log?.Dispose();
        data.Dispose();
    }

    /// <summary>After a failed read: closes the files but leaves LiteDB undisposed, in <see cref="LiteDbQuarantine"/>.</summary>
    public void Abandon()
    {
        LiteDbQuarantine.Keep(Database);
        log?.Dispose();
        data.Dispose();
    }

    private static FileStream OpenRead(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
}
