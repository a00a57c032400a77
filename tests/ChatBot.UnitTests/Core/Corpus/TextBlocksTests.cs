using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Corpus;

public sealed class TextBlocksTests
{
    [Fact]
    public void EachArticlesRun_ReadsBackTheBlocksAdded_WithTheirIndexInTheArticle()
    {
        var random = new Random(16);
        var articles = Enumerable.Range(0, 200)
            .Select(_ => Enumerable.Range(0, random.Next(0, 6)).Select(i => new TextBlock(i, (BlockKind)random.Next(0, 256), random.Next(), random.Next())).ToArray())
            .ToList();
        var builder = new TextBlocks.Builder();
        var runs = new List<IReadOnlyList<TextBlock>>();
        foreach (var blocks in articles)
        {
            foreach (var b in blocks)
            {
                builder.Add(b.Kind, b.Start, b.Length);
            }

            runs.Add(builder.Close());
        }

        builder.Finish();

        Assert.Equal(articles, runs.Select(r => r.ToArray()));
        Assert.Equal(articles.Select(a => a.Length), runs.Select(r => r.Count));
        Assert.All(runs.Where(r => r.Count == 0), r => Assert.Same(runs.First(e => e.Count == 0), r));
        Assert.All(runs.OfType<TextBlocks>(), r => Assert.Equal(r.Select(b => b.Start), Enumerable.Range(0, r.Count).Select(r.StartAt)));
        Assert.All(runs.Where(r => r.Count > 0), r => Assert.Throws<ArgumentOutOfRangeException>(() => r[r.Count]));
        Assert.All(runs.Where(r => r.Count > 0), r => Assert.Throws<ArgumentOutOfRangeException>(() => r[-1]));
    }

    [Fact]
    public void ALoadedCorpus_HasTheBlocksItWasBuiltWith()
    {
        var directory = Directory.CreateTempSubdirectory("chatbot-textblocks-").FullName;
        try
        {
            var store = new IndexSnapshotStore(directory);
            Assert.Null(store.TrySave(TestCorpus.Index));
            var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer) ?? throw new InvalidOperationException("not loaded");

            Assert.Equal(TestCorpus.Index.Articles.Select(a => a.Blocks.ToArray()), loaded.Articles.Select(a => a.Blocks.ToArray()));
            Assert.All(loaded.Articles.Where(a => a.Blocks.Count > 0), a => Assert.IsType<TextBlocks>(a.Blocks));
            Assert.All(loaded.Passages, p => Assert.Equal(loaded.ArticleOf(p).Blocks[p.BlockIndex].Start, loaded.ArticleOf(p).BlockStart(p.BlockIndex)));
            Assert.All(TestCorpus.Index.Passages, p => Assert.Equal(
                TestCorpus.Index.ArticleOf(p).BlockText(TestCorpus.Index.ArticleOf(p).Blocks[p.BlockIndex]),
                loaded.ArticleOf(loaded.Passages[p.Ordinal]).BlockText(loaded.ArticleOf(loaded.Passages[p.Ordinal]).Blocks[p.BlockIndex])));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
