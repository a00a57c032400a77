namespace ChatBot.Storage.LiteDb;

/// <summary>What the process can do with its database.</summary>
public enum DatabaseState
{
    /// <summary>Not opened yet (it opens on first use).</summary>
    Unopened,

    /// <summary>Checked and open.</summary>
    Open,

    /// <summary>Another process holds the lock.</summary>
    Locked,

    /// <summary>The path cannot be used (a folder, no permission, an I/O error).</summary>
    Unusable,

    /// <summary>The path holds a file that is not a LiteDB database; it is left untouched.</summary>
    NotADatabase,

    /// <summary>The database failed its checks (or failed while in use); it is left untouched and not written.</summary>
    Damaged,
}
