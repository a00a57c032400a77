using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Search;

/// <summary>The cursor answers what a scan from the first sentence answers, for positions in any order.</summary>
public sealed class SentenceCursorTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    [InlineData(1000, 2)]
    public void Of_PutsASentencesFirstWordInThatSentence_AndTheWordBeforeItInThePreviousOne(int position, int expected)
    {
        var cursor = new SentenceCursor([0, 5, 9]);

        Assert.Equal(expected, cursor.Of(position));
    }

    [Fact]
    public void Of_GoesToTheLastOfSentencesThatStartAtTheSameWord_AndNeverIntoOnesWithoutWords()
    {
        int[] starts = [0, 5, 5, 9, int.MaxValue, int.MaxValue];
        var cursor = new SentenceCursor(starts);

        Assert.Equal(0, cursor.Of(4));
        Assert.Equal(2, cursor.Of(5));
        Assert.Equal(3, cursor.Of(9));
        Assert.Equal(3, cursor.Of(int.MaxValue - 1));
    }

    [Fact]
    public void Of_StartsAgainFromTheFirstSentence_WhenAPositionComesBeforeThePreviousOne()
    {
        var cursor = new SentenceCursor([0, 5, 9]);

        Assert.Equal(2, cursor.Of(9));
        Assert.Equal(1, cursor.Of(8));
        Assert.Equal(0, cursor.Of(4));
        Assert.Equal(0, cursor.Of(4));
        Assert.Equal(1, cursor.Of(5));
    }

    [Fact]
    public void Of_IsTheFirstSentence_WhenThePassageHasOneSentenceOrNone()
    {
        var one = new SentenceCursor([3]);
        var none = new SentenceCursor([]);

        Assert.Equal(0, one.Of(0));
        Assert.Equal(0, one.Of(7));
        Assert.Equal(0, none.Of(7));
    }

    [Fact]
    public void Of_AgreesWithAScanFromTheFirstSentence_OnRandomStartsAndPositions()
    {
        var random = new Random(16);
        for (var round = 0; round < 2000; round++)
        {
            var starts = new int[random.Next(1, 8)];
            for (var s = 1; s < starts.Length; s++)
            {
                starts[s] = starts[s - 1] + random.Next(0, 4);
            }

            var cursor = new SentenceCursor(starts);
            var position = 0;
            for (var k = 0; k < 12; k++)
            {
                // Mostly forward, with repeats and an occasional step back, as positions of several concepts come.
                position = random.Next(5) == 0 ? random.Next(0, position + 1) : position + random.Next(0, 3);
                Assert.Equal(Scan(starts, position), cursor.Of(position));
            }
        }
    }

    private static int Scan(int[] starts, int position)
    {
        var sentence = 0;
        while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
        {
            sentence++;
        }

        return sentence;
    }
}
