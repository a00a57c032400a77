using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Corpus;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class CorpusIndexLoaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-loader-").FullName;

    [Fact]
    public async Task AnIndexJustBuilt_IsServedFromTheSnapshotItSaved_TextPacked_AndAnswersAsTheBuiltOne()
    {
        var built = await new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain).LoadAsync(EvaluationSet.CorpusDirectory);
        var served = await new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain, new IndexSnapshotStore(directory)).LoadAsync(EvaluationSet.CorpusDirectory);

        Assert.False(served.FromSnapshot);
        Assert.Null(served.SnapshotProblem);
        // What a restart would load: the text compressed in the snapshot's blocks, not the built index's whole texts.
        Assert.All(served.Index.Articles, a => Assert.True(a.Content.IsPacked));
        Assert.All(built.Index.Articles, a => Assert.False(a.Content.IsPacked));
        Assert.Equal(built.Index.Articles.Select(a => a.Text), served.Index.Articles.Select(a => a.Text));
        Assert.Equal(built.Index.Passages.Select(p => (p.Id, p.Text)), served.Index.Passages.Select(p => (p.Id, p.Text)));
        var engine = new AnswerEngine(RuleBasedQuestionClassifier.Instance);
        foreach (var question in EvaluationSet.Load("dev").Take(25).Select(q => q.Question))
        {
            var (expected, actual) = (engine.Answer(question, built.Index), engine.Answer(question, served.Index));
            Assert.Equal((expected.Status, expected.Answer), (actual.Status, actual.Answer));
            Assert.Equal(expected.Citations.Select(c => c.ToString()), actual.Citations.Select(c => c.ToString()));
        }
    }

    [Fact]
    public async Task AnIndexJustBuiltWithVectors_IsServedWithThem_AndIsTheOneAReloadTakesVectorsFrom()
    {
        var loader = new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain, new IndexSnapshotStore(directory), new Ranking.HashingEncoder());

        var served = await loader.LoadAsync(EvaluationSet.CorpusDirectory);

        Assert.True(served.Index.Articles[0].Content.IsPacked);
        Assert.Equal(served.Index.Passages.Count, served.Index.Vectors?.Count);
        // Not the built index: kept for its vectors, it would stay in memory beside the one served.
        Assert.Same(served.Index, loader.VectorSource);
    }

    [Fact]
    public async Task AnIndexJustBuilt_IsServedWithTheFilesItRejectedAndWarnedAbout()
    {
        using var corpus = new Corpus.TempCorpus()
            .With("a.md", "---\ntitle: Test\nmood: calm\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n")
            .With("b.md", "---\ntitle: Empty\n---\n")
            .With("lexicon.yaml", "aliases: [unclosed\n");
        var built = await new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain).LoadAsync(corpus.Directory);

        var served = await new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain, new IndexSnapshotStore(directory)).LoadAsync(corpus.Directory);

        Assert.True(served.Index.Articles[0].Content.IsPacked);
        Assert.Equal(2, built.Index.Rejected.Count);
        Assert.Single(built.Index.Warnings);
        Assert.Equal(built.Index.Rejected, served.Index.Rejected);
        Assert.Equal(built.Index.Warnings, served.Index.Warnings);
    }

    [Fact]
    public async Task AnIndexWhoseSnapshotCannotBeSaved_IsServedAsBuilt()
    {
        // A file where the snapshots' folder should be: nothing can be saved, so nothing can be read back.
        var blocked = Path.Combine(directory, "not-a-folder");
        File.WriteAllText(blocked, "");

        var served = await new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain, new IndexSnapshotStore(blocked)).LoadAsync(EvaluationSet.CorpusDirectory);

        Assert.NotNull(served.SnapshotProblem);
        Assert.Equal(TestCorpus.Index.Passages.Count, served.Index.Passages.Count);
        Assert.All(served.Index.Articles, a => Assert.False(a.Content.IsPacked));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
