namespace ChatBot.Storage.LiteDb;

/// <summary>The <c>ChatBot:Storage:Backup</c> configuration section: scheduled online backups while `chatbot serve` runs.</summary>
public sealed class BackupOptions
{
    public const string Section = "ChatBot:Storage:Backup";

    /// <summary>Time between backups; zero turns scheduled backups off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many backups are kept; older ones are deleted after a new one is verified.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>The backup folder; empty means "backups" beside the database.</summary>
    public string Directory { get; set; } = "";

    public string FolderFor(string databasePath) =>
        Directory is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "backups");
}
