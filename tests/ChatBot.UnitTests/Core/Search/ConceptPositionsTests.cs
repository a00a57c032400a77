using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Search;

public sealed class ConceptPositionsTests
{
    [Fact]
    public void IsSorted_IsWhatCheckingThePositionsGives_AfterEveryAddAndClear()
    {
        var random = new Random(16);
        var positions = new ConceptPositions();
        positions.Reset(6);
        for (var round = 0; round < 300; round++)
        {
            positions.Clear();
            var at = random.Next(0, 5);
            for (var add = random.Next(0, 40); add > 0; add--)
            {
                // Mostly ascending, as a passage's words come; now and then a step back (a phrase after its words).
                at += random.Next(8) == 0 ? -random.Next(1, 4) : random.Next(0, 3);
                var concept = random.Next(0, 6);
                positions.Add(concept, at, 1f);
                for (var c = 0; c < 6; c++)
                {
                    Assert.Equal(ClosestOccurrence.IsSorted(positions.Positions(c)), positions.IsSorted(c));
                }
            }
        }
    }
}
