using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Search;

/// <summary>The one-pass closest pair agrees with comparing every occurrence with every other.</summary>
public sealed class ClosestOccurrenceTests
{
    [Fact]
    public void Find_IgnoresPairsAtTheSameWord_AndIsZeroWhenNoOtherPairExists()
    {
        Assert.Equal((0, false), ClosestOccurrence.Find([5], [5], 1));
        Assert.Equal((0, false), ClosestOccurrence.Find([5, 5], [5, 5, 5], 0));
        Assert.Equal((0, false), ClosestOccurrence.Find([], [5], 1));
        Assert.Equal((0, false), ClosestOccurrence.Find([5], [], 1));
    }

    [Fact]
    public void Find_TakesTheNeighbourPastAnEqualPosition_OnBothSides()
    {
        Assert.Equal((1, true), ClosestOccurrence.Find([5], [5, 6], 1));
        Assert.Equal((1, false), ClosestOccurrence.Find([5], [4, 5, 5], 1));
        Assert.Equal((1, true), ClosestOccurrence.Find([5], [4, 5, 5], -1));
        Assert.Equal((2, false), ClosestOccurrence.Find([5, 5], [2, 5, 7], 1));
    }

    [Fact]
    public void Find_IsInOrder_WhenAnyPairAtTheSmallestDistanceMatchesTheQuerysGap()
    {
        // Both 4 and 6 are one word from 5; only 6 - 5 matches a gap of 1, and it comes second.
        Assert.Equal((1, true), ClosestOccurrence.Find([5], [4, 6], 1));
        Assert.Equal((1, true), ClosestOccurrence.Find([5], [4, 6], -1));
        Assert.Equal((1, false), ClosestOccurrence.Find([5], [4, 6], 2));
        // An in-order pair further away does not count once a closer pair exists.
        Assert.Equal((1, false), ClosestOccurrence.Find([1, 10], [3, 11], 2));
        Assert.Equal((2, true), ClosestOccurrence.Find([1, 10], [3, 13], 2));
    }

    [Fact]
    public void Find_KeepsLookingForAnInOrderPair_AfterAnOutOfOrderPairAtDistanceOne()
    {
        // 3 and 2 are one word apart against the query's order; 10 and 11 (or 10 and 9) later match its gap.
        Assert.Equal((1, true), ClosestOccurrence.Find([3, 10], [2, 11], 1));
        Assert.Equal((1, true), ClosestOccurrence.Find([3, 10], [4, 9], -1));
        // With a gap other than ±1 no pair at distance 1 is in order: the first one found is the answer.
        Assert.Equal((1, false), ClosestOccurrence.Find([3, 10], [2, 12], 2));
        Assert.Equal((1, true), ClosestOccurrence.Find([3, 10, 20], [4, 9, 21], 1));
    }

    [Fact]
    public void Find_FallsBackToEveryPair_WhenPositionsAreNotSorted()
    {
        Assert.Equal((1, true), ClosestOccurrence.Find([9, 2], [20, 3], 1));
        Assert.Equal((1, false), ClosestOccurrence.Find([2], [20, 1], 1));
    }

    [Fact]
    public void Find_AgreesWithEveryPair_OnRandomSortedListsWithDuplicates()
    {
        var random = new Random(16);
        for (var round = 0; round < 5000; round++)
        {
            var first = Sorted(random);
            var second = Sorted(random);
            var gap = random.Next(-3, 4);

            Assert.Equal(EveryPair(first, second, gap), ClosestOccurrence.Find(first, second, gap));
            Assert.Equal(EveryPair(first, second, gap), ClosestOccurrence.Pairwise(first, second, gap));
        }
    }

    private static int[] Sorted(Random random)
    {
        var positions = new int[random.Next(0, 7)];
        for (var k = 0; k < positions.Length; k++)
        {
            positions[k] = random.Next(0, 12);
        }

        Array.Sort(positions);
        return positions;
    }

    private static (int, bool) EveryPair(int[] first, int[] second, int gap)
    {
        var (distance, inOrder) = (int.MaxValue, false);
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                var d = Math.Abs(b - a);
                if (d != 0 && (d < distance || (d == distance && b - a == gap)))
                {
                    (distance, inOrder) = (d, b - a == gap);
                }
            }
        }

        return (distance == int.MaxValue ? 0 : distance, inOrder);
    }
}
