using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

public sealed class RetrievalContextTests
{
    /// <summary>Every answer asks for the index's context: once it is made, asking again must cost nothing.</summary>
    [Fact]
    public void For_GivesAnIndexItsOneContext_WithoutAllocating()
    {
        var index = TestCorpus.Synthetic;
        var first = RetrievalContext.For(index);
        var same = true;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            same &= ReferenceEquals(first, RetrievalContext.For(index));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(same);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void For_WithOptions_MakesAContextOfItsOwn()
    {
        var index = TestCorpus.Synthetic;
        Assert.NotSame(RetrievalContext.For(index), RetrievalContext.For(index, new SearchOptions()));
    }
}
