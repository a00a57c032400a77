using System.Runtime.InteropServices;
using System.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// The blocks of <see cref="PackedText"/> decoded lately, shared by all threads: a question reads a few sentences from
/// each of the ~20 articles it ranks, often twice (features, then the answer), and the next question often the same.
/// Four ways a set, so the articles one question reads do not push each other out (an earlier direct-mapped cache of 64
/// slots, indexed by article and block, did, and the ask paid for decoding again). Each way keeps one buffer of a
/// block's size for good, and a read copies its characters out under the set's lock: a block read for the first time
/// is decoded into the buffer it replaces, so reading allocates nothing. At most <see cref="Sets"/> × <see cref="Ways"/>
/// blocks are held (2 MB of 16 KB blocks, as many bytes as 64 sets of 8 KB held before blocks were shared). A block
/// holds several articles' text, so one decoded for an article also serves its neighbours.
/// </summary>
internal static class DecodedBlocks
{
    private const int Sets = 32;
    private const int Ways = 4;
    private const int SetShift = 27; // 32 bits less log2(Sets)

    private static readonly Set[] All = [.. Enumerable.Range(0, Sets).Select(_ => new Set())];

    /// <summary>
    /// Reads and decodes so far (summed over the sets without their locks: a profile's figure, not an exact one). A
    /// decode is a read that missed.
    /// </summary>
    public static (long Reads, long Decodes) Counts() => (All.Sum(s => s.Reads), All.Sum(s => s.Decodes));

    /// <summary>
    /// The characters of <paramref name="charSize"/> bytes from byte <paramref name="offset"/> of the block, copied into
    /// <paramref name="destination"/>.
    /// </summary>
    public static void CopyTo(PackedText text, int block, int offset, int charSize, Span<char> destination)
    {
        var set = All[(int)((((uint)text.Id * 0x9E3779B1u) + ((uint)block * 0x85EBCA77u)) >> SetShift)];
        lock (set.Gate)
        {
            set.Reads++;
            var bytes = set.Find(text.Id, block) ?? set.Decode(text, block);
            if (charSize == 1)
            {
                Encoding.Latin1.GetChars(bytes.AsSpan(offset, destination.Length), destination);
            }
            else
            {
                MemoryMarshal.Cast<byte, char>(bytes.AsSpan(offset, destination.Length * sizeof(char))).CopyTo(destination);
            }
        }
    }

    /// <summary>
    /// One set's ways; every field is read and written under <see cref="Gate"/>. A way names its packed text by
    /// <see cref="PackedText.Id"/>, never by reference: a static reference would keep a dropped index's whole packed text
    /// (every article's) alive after a corpus refresh, until the way happened to be reused.
    /// </summary>
    private sealed class Set
    {
        public readonly Lock Gate = new();
        private readonly long[] texts = new long[Ways]; // 0: empty (ids start at 1)
        private readonly int[] blocks = new int[Ways];
        private readonly byte[]?[] buffers = new byte[Ways][];
        private int next;

        public long Reads;
        public long Decodes;

        public byte[]? Find(long text, int block)
        {
            for (var way = 0; way < Ways; way++)
            {
                if (texts[way] == text && blocks[way] == block)
                {
                    return buffers[way];
                }
            }

            return null;
        }

        /// <summary>Decodes the block into the next way in turn (round robin), which is emptied first in case decoding fails.</summary>
        public byte[] Decode(PackedText text, int block)
        {
            var way = next;
            next = (next + 1) & (Ways - 1);
            texts[way] = 0;
            Decodes++;
            var buffer = buffers[way] is { } kept && kept.Length >= text.BlockBytes ? kept : buffers[way] = new byte[text.BlockBytes];
            text.Decode(block, buffer);
            (texts[way], blocks[way]) = (text.Id, block);
            return buffer;
        }
    }
}
