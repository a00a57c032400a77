using ChatBot.Core.Generation;

namespace ChatBot.UnitTests.Generation;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_PutsWhatBothRankingsAgreeOnFirst()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([["a", "b", "c"], ["b", "d", "c"]]);

        Assert.Equal(["b", "c", "a", "d"], fused);
    }

    [Fact]
    public void Fuse_KeepsFirstAppearanceOrder_OnTies()
    {
        Assert.Equal(["x", "y"], ReciprocalRankFusion.Fuse<string>([["x"], ["y"]]));
    }

    [Fact]
    public void Fuse_ScoresOneOverKPlusRank_SoSmallKFavoursTopRanks()
    {
        string[] first = ["a", "b1", "b", "4", "5", "6", "7", "8", "9", "10"];
        string[] second = ["c1", "c2", "b", "c4", "c5", "c6", "c7", "c8", "c9", "a"];

        // k = 1: a = 1/2 + 1/11 = 0.59 beats b = 1/4 + 1/4 = 0.50; k = 60: b = 2/63 = 0.0317 beats a = 1/61 + 1/70 = 0.0307.
        Assert.Equal("a", ReciprocalRankFusion.Fuse<string>([first, second], k: 1)[0]);
        Assert.Equal("b", ReciprocalRankFusion.Fuse<string>([first, second])[0]);
    }
}
