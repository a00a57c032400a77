using System.Runtime.CompilerServices;
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
/// blocks of 8 KB are held (2 MB).
/// </summary>
internal static class DecodedBlocks
{
    private const int Sets = 64;
    private const int Ways = 4;
    private const int SetShift = 26; // 32 bits less log2(Sets)

    private static readonly Set[] All = [.. Enumerable.Range(0, Sets).Select(_ => new Set())];

    /// <summary>The characters [offset, offset + destination.Length) of the text's block, copied into <paramref name="destination"/>.</summary>
    public static void CopyTo(PackedText text, int block, int offset, Span<char> destination)
    {
        var set = All[(int)((((uint)RuntimeHelpers.GetHashCode(text) * 0x9E3779B1u) + ((uint)block * 0x85EBCA77u)) >> SetShift)];
        lock (set.Gate)
        {
            var bytes = set.Find(text, block) ?? set.Decode(text, block);
            if (text.CharSize == 1)
            {
                Encoding.Latin1.GetChars(bytes.AsSpan(offset, destination.Length), destination);
            }
            else
            {
                MemoryMarshal.Cast<byte, char>(bytes.AsSpan()).Slice(offset, destination.Length).CopyTo(destination);
            }
        }
    }

    /// <summary>One set's ways; every field is read and written under <see cref="Gate"/>.</summary>
    private sealed class Set
    {
        public readonly Lock Gate = new();
        private readonly PackedText?[] texts = new PackedText?[Ways];
        private readonly int[] blocks = new int[Ways];
        private readonly byte[]?[] buffers = new byte[Ways][];
        private int next;

        public byte[]? Find(PackedText text, int block)
        {
            for (var way = 0; way < Ways; way++)
            {
                if (ReferenceEquals(texts[way], text) && blocks[way] == block)
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
            texts[way] = null;
            var buffer = buffers[way] ??= new byte[PackedText.BlockBytes];
            text.Decode(block, buffer);
            (texts[way], blocks[way]) = (text, block);
            return buffer;
        }
    }
}
