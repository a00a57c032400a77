using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one shared <see cref="LiteDatabase"/> of the process (LiteDB's direct mode is thread-safe within a
/// process). LiteDB takes no lock across processes on Linux, so an exclusive lock file ("…db.lock") guards the
/// database: a second process (a CLI `ask` next to a running `serve`) finds it locked instead of writing the same
/// file at the same time. A locked, read-only or corrupt file does not throw: <see cref="Status"/> says why in one
/// line and the stores built on it degrade (the cache becomes a miss, writes report failure).
/// </summary>
public sealed class ChatBotDatabase : IDisposable
{
    private readonly Lazy<LiteDatabase?> database;
    private FileStream? lockFile;
    private readonly ILogger<ChatBotDatabase> logger;

    public ChatBotDatabase(IOptions<StorageOptions> options, ILogger<ChatBotDatabase> logger)
    {
        this.logger = logger;
        Path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        Status = new DatabaseStatus(false, Path, null);
        database = new Lazy<LiteDatabase?>(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public DatabaseStatus Status { get; private set; }

    /// <summary>The database, or null when it cannot be used (see <see cref="Status"/>).</summary>
    public LiteDatabase? Database => database.Value;

    public void Dispose()
    {
        if (database.IsValueCreated)
        {
            database.Value?.Dispose();
        }

        lockFile?.Dispose();
    }

    private LiteDatabase? Open()
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            lockFile = new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            var db = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct, Upgrade = true })
            {
                // LiteDB hands dates back in local time by default; every store here works in UTC.
                UtcDate = true,
            };
            db.GetCollectionNames().ToList();
            Status = new DatabaseStatus(true, Path, null);
            return db;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            lockFile?.Dispose();
            lockFile = null;
            var reason = Directory.Exists(Path) ? "the path is a folder, not a database file" : Reason(e);
            Status = new DatabaseStatus(false, Path, $"cannot open database {Path}: {reason}; continuing without it");
            logger.LogWarning("{Problem}", Status.Problem);
            return null;
        }
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied (read-only file or folder)",
        IOException io when io.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase) || io.HResult is 11 or 32 => "the file is locked by another process (is `chatbot serve` running?)",
        IOException => $"file error ({FirstLine(e.Message)})",
        LiteException => $"not a valid LiteDB file or corrupt ({FirstLine(e.Message)})",
        _ => FirstLine(e.Message),
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
