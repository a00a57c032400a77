using System.Runtime.CompilerServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// How <see cref="PassageWords"/> codes a word's number in bytes: a prefix code whose first byte says how many follow.
/// Numbers go by how often their word occurs (most frequent first) and stop words dominate, so most words are one byte:
/// the first <see cref="Ones"/> numbers are their own byte, the next <see cref="Twos"/> × 256 a lead byte and one more,
/// then <see cref="Threes"/> × 65,536 with two more, and the rest with three. The split is chosen per index for the fewest
/// bytes (<see cref="Choose"/>): at SciFact 1.56 bytes a word, at the 120k synthetic 1.16, against two before.
/// </summary>
internal readonly record struct PassageWordsCode(int Ones, int Twos, int Threes)
{
    private int EndOfTwos => Ones + Twos;

    private int EndOfThrees => Ones + Twos + Threes;

    private long BaseOfThrees => Ones + (Twos * 256L);

    private long BaseOfFours => BaseOfThrees + (Threes * 65536L);

    /// <summary>
    /// Every lead byte is one of the four kinds (no kind has fewer than none). Each part is bounded on its own first, so
    /// a damaged split cannot wrap their sum around to a small one.
    /// </summary>
    public bool IsValid => Ones is >= 0 and <= 256 && Twos is >= 0 and <= 256 && Threes is >= 0 and <= 256 && EndOfThrees <= 256;

    /// <summary>How many numbers the code can hold.</summary>
    public long Capacity => BaseOfFours + ((256L - EndOfThrees) << 24);

    /// <summary>
    /// The split with the fewest bytes for words whose counts, most frequent first, are <paramref name="frequencies"/>
    /// (one a number: all of them fit). The first of equals in a fixed order, so it depends only on the counts.
    /// </summary>
    public static PassageWordsCode Choose(IReadOnlyList<long> frequencies)
    {
        // Words (tokens) among the first r numbers, for any r.
        var within = new long[frequencies.Count + 1];
        for (var i = 0; i < frequencies.Count; i++)
        {
            within[i + 1] = within[i] + frequencies[i];
        }

        long Upto(long r) => within[(int)Math.Min(r, frequencies.Count)];
        var (best, bestBytes) = (new PassageWordsCode(256, 0, 0), long.MaxValue);
        for (var ones = 0; ones <= 256; ones++)
        {
            for (var twos = 0; ones + twos <= 256; twos++)
            {
                // As many three-byte leads as the four-byte ones leave: a three-byte number is never worse than a four-byte one.
                for (var fours = 0; ones + twos + fours <= 256; fours++)
                {
                    var code = new PassageWordsCode(ones, twos, 256 - ones - twos - fours);
                    if (code.Capacity < frequencies.Count)
                    {
                        continue;
                    }

                    var (two, three) = (code.BaseOfThrees, code.BaseOfFours);
                    var bytes = Upto(ones) + (2 * (Upto(two) - Upto(ones))) + (3 * (Upto(three) - Upto(two))) + (4 * (within[^1] - Upto(three)));
                    if (bytes < bestBytes)
                    {
                        (best, bestBytes) = (code, bytes);
                    }

                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Bytes the number takes.</summary>
    public int Length(int number) => number < Ones ? 1 : number < BaseOfThrees ? 2 : number < BaseOfFours ? 3 : 4;

    /// <summary>Writes the number at <paramref name="at"/> and returns where the next goes.</summary>
    // Optimized at once, like the build's other methods that see every passage (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Write(int number, Span<byte> codes, int at)
    {
        if (number < Ones)
        {
            codes[at] = (byte)number;
            return at + 1;
        }

        if (number < BaseOfThrees)
        {
            var rest = number - Ones;
            codes[at] = (byte)(Ones + (rest >> 8));
            codes[at + 1] = (byte)rest;
            return at + 2;
        }

        if (number < BaseOfFours)
        {
            var rest = (int)(number - BaseOfThrees);
            codes[at] = (byte)(EndOfTwos + (rest >> 16));
            codes[at + 1] = (byte)(rest >> 8);
            codes[at + 2] = (byte)rest;
            return at + 3;
        }

        var last = (int)(number - BaseOfFours);
        codes[at] = (byte)(EndOfThrees + (last >> 24));
        codes[at + 1] = (byte)(last >> 16);
        codes[at + 2] = (byte)(last >> 8);
        codes[at + 3] = (byte)last;
        return at + 4;
    }

    /// <summary>
    /// The numbers of <paramref name="codes"/> (whole codes of numbers that fit an int, as <see cref="Fits"/> checked at
    /// load), each plus <paramref name="first"/>, into <paramref name="numbers"/>; returns how many.
    /// </summary>
    public int Read(ReadOnlySpan<byte> codes, int first, Span<int> numbers)
    {
        var (ones, endOfTwos, endOfThrees) = (Ones, EndOfTwos, EndOfThrees);
        var (twoBase, threeBase, fourBase) = (first + Ones, (int)(first + BaseOfThrees), (int)(first + BaseOfFours));
        var count = 0;
        for (var i = 0; i < codes.Length; count++)
        {
            int lead = codes[i];
            if (lead < ones)
            {
                numbers[count] = lead + first;
                i++;
            }
            else if (lead < endOfTwos)
            {
                numbers[count] = twoBase + (((lead - ones) << 8) | codes[i + 1]);
                i += 2;
            }
            else if (lead < endOfThrees)
            {
                numbers[count] = threeBase + (((lead - endOfTwos) << 16) | (codes[i + 1] << 8) | codes[i + 2]);
                i += 3;
            }
            else
            {
                numbers[count] = fourBase + (((lead - endOfThrees) << 24) | (codes[i + 1] << 16) | (codes[i + 2] << 8) | codes[i + 3]);
                i += 4;
            }
        }

        return count;
    }

    /// <summary>
    /// How many numbers <paramref name="codes"/> holds when it is whole codes, each below <paramref name="bound"/>;
    /// otherwise -1 (a code cut off at its end, or a number out of range). Checked at load for every passage: runs of
    /// one-byte numbers (most words) are passed a vector at a time, and it is compiled optimized at once, as it runs once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Fits(ReadOnlySpan<byte> codes, int bound)
    {
        // Bytes below both are one-byte numbers inside the bound; any other starts a code that is looked at.
        var plain = Math.Min(Ones, bound);
        if (plain > byte.MaxValue)
        {
            return codes.Length;
        }

        var count = 0;
        for (var i = 0; i < codes.Length; count++)
        {
            var skip = codes[i..].IndexOfAnyInRange((byte)plain, byte.MaxValue);
            if (skip < 0)
            {
                return count + codes.Length - i;
            }

            (count, i) = (count + skip, i + skip);
            int lead = codes[i];
            var length = lead < Ones ? 1 : lead < EndOfTwos ? 2 : lead < EndOfThrees ? 3 : 4;
            if (i + length > codes.Length)
            {
                return -1;
            }

            var number = length switch
            {
                1 => lead,
                2 => Ones + ((lead - Ones) << 8) + codes[i + 1],
                3 => BaseOfThrees + ((long)(lead - EndOfTwos) << 16) + (codes[i + 1] << 8) + codes[i + 2],
                _ => BaseOfFours + ((long)(lead - EndOfThrees) << 24) + (codes[i + 1] << 16) + (codes[i + 2] << 8) + codes[i + 3],
            };
            if (number >= bound)
            {
                return -1;
            }

            i += length;
        }

        return count;
    }
}
