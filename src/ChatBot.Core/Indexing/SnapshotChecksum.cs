using System.Runtime.InteropServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// FNV-1a over 64-bit words: enough to tell stored bytes with one flipped bit from good ones (the timeline's block, format
/// 8's text), at memory speed. Bytes may be hashed in pieces (<see cref="Append"/>) as long as every piece but the last is
/// a whole number of words. Not for what a flipped bit can change in several places, as it does text decoded from LZ4
/// (a literal copied on by later matches): two changed words can cancel out in FNV's XOR and multiply — one flip in
/// ~10,000 of a packed test text did, and loaded wrong text. <see cref="Strong"/> is for that.
/// </summary>
internal static class SnapshotChecksum
{
    /// <summary>XxHash3 (64 bits): format 9's checksum of decoded text and of the article records.</summary>
    public static ulong Strong(ReadOnlySpan<byte> bytes) => System.IO.Hashing.XxHash3.HashToUInt64(bytes);

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
