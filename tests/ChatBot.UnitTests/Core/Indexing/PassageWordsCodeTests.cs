using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

/// <summary>The byte code of the stored passage words' numbers: every number read back as written, whole codes checked, the split with the fewest bytes.</summary>
public sealed class PassageWordsCodeTests
{
    [Theory]
    [InlineData(200, 50, 6)]
    [InlineData(3, 2, 1)] // few leads of each kind, so four-byte numbers are met early
    [InlineData(256, 0, 0)]
    [InlineData(0, 0, 0)] // four bytes every number
    [InlineData(0, 256, 0)]
    public void EveryNumber_ReadsBackAsWritten_InAsManyBytesAsLengthSays(int ones, int twos, int threes)
    {
        var code = new PassageWordsCode(ones, twos, threes);
        var random = new Random(ones + twos + threes);
        var top = (int)Math.Min(code.Capacity, int.MaxValue);
        var edges = new long[] { ones - 1, ones, ones + (twos * 256L) - 1, ones + (twos * 256L), ones + (twos * 256L) + (threes * 65536L) - 1, ones + (twos * 256L) + (threes * 65536L), top - 1 };
        var numbers = edges.Where(n => n >= 0 && n < top).Select(n => (int)n)
            .Concat(Enumerable.Range(0, 5_000).Select(_ => random.Next(4) switch { 0 => random.Next(Math.Min(top, 300)), 1 => random.Next(Math.Min(top, 70_000)), _ => random.Next(top) }))
            .ToArray();
        var codes = new byte[numbers.Length * 4];
        var at = 0;
        foreach (var number in numbers)
        {
            var next = code.Write(number, codes, at);
            Assert.Equal(code.Length(number), next - at);
            at = next;
        }

        var read = new int[numbers.Length];
        Assert.Equal(numbers.Length, code.Read(codes.AsSpan(0, at), 7, read));
        Assert.Equal(numbers.Select(n => n + 7), read);
        Assert.Equal(numbers.Length, code.Fits(codes.AsSpan(0, at), top));

        // Short runs too, each ending in every way.
        for (var (from, n) = (0, 0); n < 200; (from, n) = (from + code.Length(numbers[n]), n + 1))
        {
            var end = from;
            for (var k = n; k < Math.Min(numbers.Length, n + (n % 9)); k++)
            {
                end += code.Length(numbers[k]);
            }

            Assert.Equal(numbers.Skip(n).Take(n % 9), read.AsSpan(0, code.Read(codes.AsSpan(from, end - from), 0, read)).ToArray());
        }
    }

    [Fact]
    public void Fits_RefusesACodeCutOff_OrANumberPastTheBound()
    {
        var code = new PassageWordsCode(100, 100, 50);
        var codes = new byte[12];
        var end = code.Write(99, codes, code.Write(30_000, codes, code.Write(5, codes, 0)));

        Assert.Equal(3, code.Fits(codes.AsSpan(0, end), 30_001));
        Assert.Equal(-1, code.Fits(codes.AsSpan(0, end), 30_000));
        Assert.Equal(-1, code.Fits(codes.AsSpan(0, end - 2), 30_001));
        Assert.Equal(-1, code.Fits(codes.AsSpan(0, 2), 30_001));
    }

    [Fact]
    public void Fits_RefusesAOneByteNumberPastTheBound_WhenTheVocabularyIsSmallerThanTheOnes()
    {
        var code = new PassageWordsCode(10, 0, 0);

        Assert.Equal(2, code.Fits([4, 3], 5));
        Assert.Equal(-1, code.Fits([4, 7], 5));
        Assert.Equal(-1, code.Fits([5], 5));
    }

    [Theory]
    [InlineData(1, int.MaxValue, 0)]
    [InlineData(int.MaxValue, int.MaxValue, 2)]
    [InlineData(0, 0, 257)]
    [InlineData(-1, 0, 0)]
    public void IsValid_RefusesASplit_WhosePartsWrapOrLeaveTheByte(int ones, int twos, int threes) =>
        Assert.False(new PassageWordsCode(ones, twos, threes).IsValid);

    [Fact]
    public void Choose_TakesTheSplitWithTheFewestBytes_AndHoldsEveryNumber()
    {
        var random = new Random(3);
        foreach (var words in new[] { 1, 200, 256, 257, 5_000, 40_000, 300_000 })
        {
            // Zipf-like counts, most frequent first.
            var frequencies = Enumerable.Range(1, words).Select(r => (long)(1_000_000 / r) + random.Next(3)).OrderByDescending(f => f).ToArray();
            var chosen = PassageWordsCode.Choose(frequencies);

            Assert.True(chosen.IsValid && chosen.Capacity >= words);
            var within = new long[words + 1];
            for (var i = 0; i < words; i++)
            {
                within[i + 1] = within[i] + frequencies[i];
            }

            long Upto(long r) => within[(int)Math.Min(r, words)];
            var fewest = long.MaxValue;
            for (var ones = 0; ones <= 256; ones++)
            {
                for (var twos = 0; ones + twos <= 256; twos++)
                {
                    for (var threes = 0; ones + twos + threes <= 256; threes++)
                    {
                        var (two, three) = (ones + (twos * 256L), ones + (twos * 256L) + (threes * 65536L));
                        if (three + ((256L - ones - twos - threes) << 24) >= words)
                        {
                            fewest = Math.Min(fewest, Upto(ones) + (2 * (Upto(two) - Upto(ones))) + (3 * (Upto(three) - Upto(two))) + (4 * (within[^1] - Upto(three))));
                        }
                    }
                }
            }

            Assert.True(Bytes(chosen, frequencies) <= fewest, $"{words} words: {Bytes(chosen, frequencies)} bytes, {fewest} possible");
        }
    }

    private static long Bytes(PassageWordsCode code, long[] frequencies) => frequencies.Select((f, r) => f * code.Length(r)).Sum();
}
