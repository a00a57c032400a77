using System.Collections.Concurrent;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Codes floats by their distinct values (<see cref="PostingWeights"/>): the distinct bits found range by range in
/// parallel, sorted into the table (so the table does not depend on the number of threads), then each float replaced by
/// its place in the table. A 120k build codes 6.2 M weights this way; a snapshot stores the codes (format 10), so its
/// load codes nothing.
/// </summary>
internal static class WeightCoder
{
    private const int RangeSize = 1 << 18;

    /// <summary>The codes and the table, or null when there are more than <paramref name="maxTable"/> distinct values.</summary>
    public static (ushort[] Codes, float[] Table)? TryCode(float[] values, int maxTable)
    {
        maxTable = Math.Min(maxTable, PostingWeights.MaxTable);
        var found = new ConcurrentBag<BitsTable>();

        // Set once by any range whose own values overflow a table, read by the others only to stop early: the merge
        // below counts again, so a range that missed the flag changes nothing but time.
        var overflowed = 0;
        ForRanges(values.Length, () => new BitsTable(), (first, end, local) =>
        {
            for (var k = first; k < end && Volatile.Read(ref overflowed) == 0; k++)
            {
                local.Add(BitConverter.SingleToInt32Bits(values[k]));
                if (local.Count > maxTable)
                {
                    Volatile.Write(ref overflowed, 1);
                }
            }
        }, found.Add);

        if (overflowed != 0)
        {
            return null;
        }

        var all = new BitsTable();
        foreach (var bits in found.SelectMany(local => local.Keys()))
        {
            all.Add(bits);
            if (all.Count > maxTable)
            {
                return null;
            }
        }

        var sorted = all.Keys().ToArray();
        Array.Sort(sorted);
        var places = new BitsTable();
        foreach (var bits in sorted)
        {
            places.Add(bits);
        }

        var codes = new ushort[values.Length];
        ForRanges(values.Length, () => places, (first, end, _) =>
        {
            for (var k = first; k < end; k++)
            {
                codes[k] = (ushort)places.Find(BitConverter.SingleToInt32Bits(values[k]));
            }
        }, _ => { });

        return (codes, Array.ConvertAll(sorted, BitConverter.Int32BitsToSingle));
    }

    private static void ForRanges(int count, Func<BitsTable> local, Action<int, int, BitsTable> body, Action<BitsTable> done)
    {
        if (count <= RangeSize)
        {
            var table = local();
            body(0, count, table);
            done(table);
            return;
        }

        Parallel.ForEach(Partitioner.Create(0, count, RangeSize), local, (range, _, table) =>
        {
            body(range.Item1, range.Item2, table);
            return table;
        }, done);
    }

    /// <summary>
    /// An open-addressed set of 32-bit keys that numbers them in the order they were added: the weights of a corpus repeat
    /// so much that this table stays in the first-level cache, where a <see cref="Dictionary{TKey, TValue}"/> cost twice
    /// as long a lookup.
    /// </summary>
    private sealed class BitsTable
    {
        private int[] keys = new int[1024];

        // The key's number plus one: 0 marks a free slot, so every bit pattern can be a key.
        private int[] numbers = new int[1024];
        private readonly List<int> added = [];

        public int Count => added.Count;

        public IEnumerable<int> Keys() => added;

        public void Add(int key)
        {
            var slot = Slot(key);
            if (numbers[slot] != 0)
            {
                return;
            }

            added.Add(key);
            (keys[slot], numbers[slot]) = (key, added.Count);
            if (added.Count * 2 > keys.Length)
            {
                Grow();
            }
        }

        /// <summary>The key's number (from 0, in the order added); the key must have been added.</summary>
        public int Find(int key) => numbers[Slot(key)] - 1;

        private int Slot(int key)
        {
            // Fibonacci hashing: the top bits of the product, as many as the table has slots.
            var mask = keys.Length - 1;
            var slot = (int)(((uint)key * 0x9E3779B9u) >> (32 - System.Numerics.BitOperations.Log2((uint)keys.Length)));
            while (numbers[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private void Grow()
        {
            (keys, numbers) = (new int[keys.Length * 2], new int[keys.Length * 2]);
            for (var i = 0; i < added.Count; i++)
            {
                var slot = Slot(added[i]);
                (keys[slot], numbers[slot]) = (added[i], i + 1);
            }
        }
    }
}
