using System.Runtime.InteropServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// FNV-1a over 64-bit words: enough to tell damaged snapshot bytes from good ones, at memory speed. Bytes may be hashed in
/// pieces (<see cref="Append"/>) as long as every piece but the last is a whole number of words, as compressed text's
/// decoded blocks are.
/// </summary>
internal static class SnapshotChecksum
{
    public const ulong Start = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<byte> bytes) => Finish(Append(Start, bytes), bytes.Length);

    public static ulong Append(ulong hash, ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = (hash ^ word) * Prime;
        }

        foreach (var b in bytes[(words.Length * sizeof(ulong))..])
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }

    public static ulong Finish(ulong hash, long length) => hash ^ (ulong)length;
}
