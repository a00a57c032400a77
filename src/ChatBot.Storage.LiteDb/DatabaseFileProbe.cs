using System.Buffers.Binary;
using System.Text;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Looks at a database path without changing it: its length and LiteDB's first page (the "** This is a LiteDB file
/// **" signature at byte 32, file version 8 at byte 59, the last page id at byte 64; pages are 8 KB).
/// </summary>
internal static class DatabaseFileProbe
{
    public const int PageSize = 8192;
    private const string Signature = "** This is a LiteDB file **";

    public static (DatabaseFileKind Kind, string Detail) Inspect(string path)
    {
        if (!File.Exists(path))
        {
            return (DatabaseFileKind.Missing, "there is no file");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            return (DatabaseFileKind.Empty, "the file is empty (0 bytes)");
        }

        var page = new byte[(int)Math.Min(PageSize, length)];
        stream.ReadExactly(page);
        if (page.Length < 68 || Encoding.ASCII.GetString(page, 32, Signature.Length) != Signature || page[59] != 8)
        {
            return (DatabaseFileKind.Foreign, $"it is not a LiteDB database ({Describe(page)}, {length:N0} bytes, no LiteDB header)");
        }

        if (length % PageSize != 0)
        {
            return (DatabaseFileKind.Truncated, $"the file is cut short: {length:N0} bytes is not a whole number of {PageSize / 1024} KB pages");
        }

        var pages = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(64)) + 1L;
        if (pages * PageSize > length && !HasLog(path))
        {
            return (DatabaseFileKind.Truncated, $"the file is cut short: its header counts {pages:N0} pages, the file holds {length / PageSize:N0}");
        }

        return (DatabaseFileKind.LiteDb, $"a LiteDB database of {length:N0} bytes");
    }

    /// <summary>A crash in the middle of a checkpoint can leave the header ahead of the file; the log then still has the pages.</summary>
    private static bool HasLog(string path) => new FileInfo(DatabaseFiles.Log(path)) is { Exists: true, Length: > 0 };

    private static string Describe(byte[] start)
    {
        var text = start.Take(512).Count(b => b is 9 or 10 or 13 or >= 32 and < 127 or >= 0x80);
        return text * 10 >= Math.Min(start.Length, 512) * 9 ? "it looks like a text file" : "it looks like a binary file";
    }
}
