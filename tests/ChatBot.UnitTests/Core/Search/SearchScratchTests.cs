using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Search;

/// <summary>Reset leaves every accumulator clear, whether it wipes the touched passages one by one or the whole arrays.</summary>
public sealed class SearchScratchTests
{
    private const int Passages = 1000;

    [Theory]
    [InlineData(1)]
    [InlineData((Passages / SearchScratch.WipeShare) - 1)]
    [InlineData(Passages / SearchScratch.WipeShare)]
    [InlineData(Passages)]
    public void Reset_ClearsEveryTouchedPassage(int touched)
    {
        const int passages = Passages;
        var work = new SearchScratch();
        work.Reset(passages);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < touched; i++)
            {
                var p = (i * 7919) % passages;
                work.Touched.Add(p);
                work.Scores[p] = 1.5f + i;
                work.Masks[p] = 1UL << (i % 64);
            }

            work.Reset(passages);
            Assert.Empty(work.Touched);
            Assert.All(work.Scores, s => Assert.Equal(0f, s));
            Assert.All(work.Masks, m => Assert.Equal(0UL, m));
        }
    }
}
