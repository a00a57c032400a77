using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The exclusive lock file beside a database ("chatbot.db.lock"). LiteDB takes no lock across processes on Linux,
/// so this is what keeps a CLI run from writing the file a running `chatbot serve` writes. The operating system
/// drops the lock when its process dies, so a killed process never leaves the database locked.
/// </summary>
internal sealed class DatabaseLock(FileStream file) : IDisposable
{
    public const string LockedReason = "the file is locked by another process (is `chatbot serve` running?)";

    /// <summary>The lock, or null with the reason it could not be taken.</summary>
    public static (DatabaseLock? Lock, string? Problem) TryAcquire(string databasePath)
    {
        try
        {
            return (new DatabaseLock(new FileStream(DatabaseFiles.Lock(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)), null);
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            return (null, Reason(e));
        }
    }

    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied (read-only file or folder)",
        IOException io when io.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase) || io.HResult is 11 or 32 => LockedReason,
        IOException => $"file error ({e.Message.Split('\n')[0].Trim()})",
        _ => e.Message.Split('\n')[0].Trim(),
    };

    public void Dispose() => file.Dispose();
}
