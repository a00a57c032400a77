using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class SnapshotTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-snap-").FullName;

    [Fact]
    public void Snapshot_RoundTrips_ToTheSameRankings()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));
        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        Assert.Equal(TestCorpus.Index.Passages.Select(p => p.Id), loaded.Passages.Select(p => p.Id));
        Assert.Equal(TestCorpus.Index.Timeline.Select(e => e.Date.Label), loaded.Timeline.Select(e => e.Date.Label));
        foreach (var question in EvaluationSet.Load("dev").Take(30).Select(q => q.Question))
        {
            Assert.Equal(Ranking(TestCorpus.Index, question), Ranking(loaded, question));
        }
    }

    [Fact]
    public void TryLoad_ReturnsNull_ForAnotherFingerprintOrACorruptFile()
    {
        var store = new IndexSnapshotStore(directory);
        store.TrySave(TestCorpus.Index);
        Assert.Null(store.TryLoad("another-fingerprint", TestCorpus.Analyzer));

        var path = Directory.GetFiles(directory, "*.index").Single();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Null(store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer));
    }

    [Fact]
    public void TrySave_ReportsAProblem_InsteadOfThrowing()
    {
        var blocked = Path.Combine(directory, "file-not-folder");
        File.WriteAllText(blocked, "x");
        Assert.NotNull(new IndexSnapshotStore(blocked).TrySave(TestCorpus.Index));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static List<string> Ranking(CorpusIndex index, string question)
    {
        var context = RetrievalContext.For(index);
        return [.. context.Searcher.Search(context.Planner.Plan(question, RuleBasedQuestionClassifier.Instance.Classify(question).Kind), 5).Select(h => $"{h.Passage.Id}:{h.Score:F4}")];
    }
}
