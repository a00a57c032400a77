using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// The passage words and the timeline are built beside the postings' layout. A failure of either is the build's own
/// error, and a failed build returns only once both parts have ended: the caller builds again at once without the
/// failing article (<see cref="CorpusIndexBuilder"/>), and must never race a part of the build that failed.
/// </summary>
public sealed class IndexBuilderPartsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(IndexBuilder.WordsPart)]
    [InlineData(IndexBuilder.TimelinePart)]
    public void APartThatFails_FailsTheBuild_WithItsOwnError(string failing)
    {
        var builder = new IndexBuilder(TestCorpus.Analyzer)
        {
            PartStarting = part => _ = part == failing ? throw new InvalidOperationException($"{part} failed") : 0,
        };

        var error = Assert.Throws<InvalidOperationException>(() => builder.BuildWithTimeline(SyntheticCorpus.Generate(12), null, CancellationToken.None));

        Assert.Equal($"{failing} failed", error.Message);
    }

    [Fact]
    public async Task ABuildWhoseWordsFail_ReturnsOnlyOnceItsTimelineHasEnded()
    {
        using var timelineStarted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var builder = new IndexBuilder(TestCorpus.Analyzer)
        {
            PartStarting = part =>
            {
                if (part == IndexBuilder.TimelinePart)
                {
                    timelineStarted.Set();
                    release.Wait(Patience);
                    return;
                }

                // The words fail once the timeline runs: the build reaches its catch while the timeline is held.
                timelineStarted.Wait(Patience);
                throw new InvalidOperationException("words failed");
            },
        };

        var build = Task.Run(() => builder.BuildWithTimeline(SyntheticCorpus.Generate(12), null, CancellationToken.None));
        try
        {
            Assert.True(timelineStarted.Wait(Patience), "the timeline never started");

            // Held, the timeline keeps a correct build from returning however long this waits; one that threw at once
            // would have ended here.
            var first = await Task.WhenAny(build, Task.Delay(TimeSpan.FromMilliseconds(300)));
            Assert.NotSame(build, first);
        }
        finally
        {
            release.Set();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => build);
        Assert.Equal("words failed", error.Message);
    }
}
