namespace ChatBot.Storage.LiteDb;

/// <summary>What is at a database path, judged from its size and first page alone (nothing is opened for writing).</summary>
internal enum DatabaseFileKind
{
    /// <summary>No file.</summary>
    Missing,

    /// <summary>A file of 0 bytes.</summary>
    Empty,

    /// <summary>A LiteDB header and a length that fits it.</summary>
    LiteDb,

    /// <summary>A LiteDB header, but the file is shorter than it says or not whole pages.</summary>
    Truncated,

    /// <summary>Something else: no LiteDB header (an article, a JSON export, a README…).</summary>
    Foreign,
}
