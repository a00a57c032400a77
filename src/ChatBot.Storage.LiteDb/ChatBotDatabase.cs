using System.Diagnostics.Metrics;
using ChatBot.Core.Storage;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one shared <see cref="LiteDatabase"/> of the process (LiteDB's direct mode is thread-safe within a process),
/// opened on first use only after it passes its checks: a path holding something else is refused untouched; a file
/// that is cut short, unreadable, or missing or empty although its manifest says it held data is damaged, and is
/// neither re-created nor written. A damaged page found later, in use, stops all further use the same way. In every
/// case <see cref="Status"/> says why in one line and what to do, the stores degrade (the cache misses, fact cards
/// report "unavailable") and questions are still answered.
/// </summary>
public sealed class ChatBotDatabase : IDisposable
{
    private const string NotADatabaseAction = "It was left untouched; point ChatBot:Storage:DatabasePath (or --db) at a LiteDB database or at a new file";
    private const string DamagedAction = "It is left untouched and nothing is written to it; questions are still answered, without the cache. "
        + "Stop the bot, run `chatbot db check`, then `chatbot db restore <backup>` (see ChatBot:Storage:Backup:Directory) or `chatbot db rebuild` (the damaged file is kept aside)";

    private readonly Lazy<LiteDatabase?> database;
    private readonly ILogger<ChatBotDatabase> logger;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private DatabaseLock? fileLock;
    private DateTimeOffset lastGoodCheck;
    private volatile bool damaged;

    public ChatBotDatabase(IOptions<StorageOptions> options, ILogger<ChatBotDatabase> logger, TimeProvider? time = null, IMeterFactory? meters = null)
    {
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        Metrics = meters is null ? null : new StoreMetrics(meters, "litedb");
        Path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        Status = new DatabaseStatus(DatabaseState.Unopened, Path);
        database = new Lazy<LiteDatabase?>(OpenChecked, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public DatabaseStatus Status { get; private set; }

    /// <summary>Where the stores' calls on this database are counted (<see cref="StorageGuard"/>); none without a meter factory.</summary>
    internal StoreMetrics? Metrics { get; }

    /// <summary>The database, or null when it cannot or must not be used (see <see cref="Status"/>).</summary>
    public LiteDatabase? Database => damaged ? null : database.Value;

    /// <summary>Opens the database now if it is not open yet (checks included) and returns its status.</summary>
    public DatabaseStatus EnsureOpened()
    {
        _ = Database;
        return Status;
    }

    /// <summary>
    /// A storage call failed. Damage (see <see cref="DatabaseFailures.IsDamage"/>) stops all further use of the file
    /// and is logged once as an error; passing trouble is left to the caller.
    /// </summary>
    public void ReportFailure(Exception exception)
    {
        if (!DatabaseFailures.IsDamage(exception))
        {
            return;
        }

        lock (gate)
        {
            if (damaged)
            {
                return;
            }

            damaged = true;
            Status = new DatabaseStatus(DatabaseState.Damaged, Path, $"reading stored data failed while in use ({DatabaseFailures.Describe(exception)})", DamagedAction);
            if (database.IsValueCreated && database.Value is { } open)
            {
                LiteDbQuarantine.Keep(open);
            }
        }

        logger.LogError("{Problem}", Status.Problem);
    }

    /// <summary>Records the current record counts in the manifest (after a backup, at shutdown).</summary>
    /// <param name="checkedNow">The whole database was just read and verified (a backup was made and checked).</param>
    public void RecordCounts(bool checkedNow = false)
    {
        if (Database is not { } db)
        {
            return;
        }

        try
        {
            var counts = db.GetCollectionNames().ToDictionary(name => name, name => db.GetCollection(name).Count(), StringComparer.Ordinal);
            var now = time.GetUtcNow();
            lastGoodCheck = checkedNow ? now : lastGoodCheck;
            DatabaseManifest.For(counts, now, lastGoodCheck).Write(Path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ReportFailure(e);
        }
    }

    public void Dispose()
    {
        if (database.IsValueCreated && database.Value is { } db)
        {
            RecordCounts();

            // A damaged database is never disposed (see LiteDbQuarantine): disposing would also checkpoint LiteDB's
            // log into the data file, and the file is to stay exactly as it was found for `chatbot db rebuild`.
            if (!damaged)
            {
                StorageGuard.Try(this, db.Dispose, caller: "database");
            }
        }

        fileLock?.Dispose();
    }

    private LiteDatabase? OpenChecked()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                return Refuse(DatabaseState.Unusable, "the path is a folder, not a database file", "Continuing without it");
            }

            var (kind, detail) = DatabaseFileProbe.Inspect(Path);
            var manifest = DatabaseManifest.Read(Path);
            if (kind == DatabaseFileKind.Foreign && manifest is null)
            {
                return Refuse(DatabaseState.NotADatabase, detail, NotADatabaseAction);
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var (taken, problem) = DatabaseLock.TryAcquire(Path);
            if (taken is null)
            {
                return Refuse(problem == DatabaseLock.LockedReason ? DatabaseState.Locked : DatabaseState.Unusable, problem!, "Continuing without it");
            }

            fileLock = taken;
            return OpenLocked(manifest);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            fileLock?.Dispose();
            fileLock = null;
            return Refuse(DatabaseState.Unusable, FileFailure.Is(e) ? DatabaseLock.Reason(e) : $"LiteDB cannot open it ({DatabaseFailures.Describe(e)})", "Continuing without it");
        }
    }

    /// <summary>With the lock held, so no other process can change the file between the check and the open.</summary>
    private LiteDatabase? OpenLocked(DatabaseManifest? manifest)
    {
        var (kind, detail) = DatabaseFileProbe.Inspect(Path);
        var check = kind == DatabaseFileKind.LiteDb ? DatabaseCheck.Run(Path) : null;
        var problem = kind switch
        {
            DatabaseFileKind.Foreign => $"{detail}, yet its manifest records a database here",
            DatabaseFileKind.Truncated => detail,
            DatabaseFileKind.LiteDb when !check!.Intact => check.Problem,
            _ => manifest?.Contradiction(kind, check?.Counts),
        };
        if (problem is not null)
        {
            // The lock stays held: no other process may write the damaged file either.
            damaged = true;
            Status = new DatabaseStatus(DatabaseState.Damaged, Path, problem, DamagedAction);
            logger.LogError("{Problem}", Status.Problem);
            return null;
        }

        // One engine, its writes one at a time (see SerializedWriteEngine): the same settings as a direct connection.
        var db = new LiteDatabase(new SerializedWriteEngine(new LiteEngine(new EngineSettings { Filename = Path })), disposeOnClose: true)
        {
            // LiteDB hands dates back in local time by default; every store here works in UTC.
            UtcDate = true,
        };
        lastGoodCheck = time.GetUtcNow();
        var counts = check?.Counts ?? new Dictionary<string, int>();
        try
        {
            DatabaseManifest.For(counts, lastGoodCheck, lastGoodCheck).Write(Path);
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            logger.LogWarning("Cannot write the database manifest beside {Path} ({Reason}); a lost database will not be recognised", Path, e.Message.Split('\n')[0]);
        }

        Status = new DatabaseStatus(DatabaseState.Open, Path);
        logger.LogInformation("Database {Path} checked in {Elapsed} ms: {Summary}", Path, (int)(check?.Elapsed.TotalMilliseconds ?? 0), counts.Count == 0 ? "new and empty" : DatabaseManifest.Summary(counts));
        return db;
    }

    private LiteDatabase? Refuse(DatabaseState state, string reason, string action)
    {
        Status = new DatabaseStatus(state, Path, reason, action);
        logger.Log(state == DatabaseState.NotADatabase ? LogLevel.Error : LogLevel.Warning, "{Problem}", Status.Problem);
        return null;
    }
}
