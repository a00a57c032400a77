using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Generation;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Generation;

public sealed class PassageEmbeddingsTests
{
    private const string Seoul = "Seoul has been handling the issue";

    [Fact]
    public async Task Refresh_EmbedsEachPassageOnce_AndReusesCachedVectorsForTheSameText()
    {
        var cache = new InMemoryEmbeddingCache();
        var first = new FakeEmbedder(Seoul);
        var second = new FakeEmbedder(Seoul);

        var computed = await new PassageEmbeddings(first, cache).RefreshAsync(TestCorpus.Index);
        var recomputed = await new PassageEmbeddings(second, cache).RefreshAsync(TestCorpus.Index);

        Assert.Equal(TestCorpus.Index.Passages.Count, computed);
        Assert.Equal(TestCorpus.Index.Passages.Count, first.Embedded.Count);
        Assert.Equal(0, recomputed);
        Assert.Empty(second.Embedded);
    }

    [Fact]
    public async Task Nearest_RanksByCosine_AndIsEmptyUntilTheIndexHasVectors()
    {
        var embeddings = new PassageEmbeddings(new FakeEmbedder(Seoul), new InMemoryEmbeddingCache());
        Assert.Empty(await embeddings.NearestAsync("Who handles it?", TestCorpus.Index, 3));

        await embeddings.RefreshAsync(TestCorpus.Index);
        var nearest = await embeddings.NearestAsync("Who handles it?", TestCorpus.Index, 3);

        Assert.Equal(3, nearest.Count);
        Assert.Contains(Seoul, nearest[0].Text, StringComparison.Ordinal);
        Assert.Equal(TestCorpus.Index.Passages.Count, embeddings.CountReady(TestCorpus.Index));
    }

    [Fact]
    public async Task Nearest_UsesCachedVectors_BeforeAnyRefresh_EmbeddingOnlyTheQuestion()
    {
        var cache = new InMemoryEmbeddingCache();
        await new PassageEmbeddings(new FakeEmbedder(Seoul), cache).RefreshAsync(TestCorpus.Index);
        var embedder = new FakeEmbedder(Seoul);

        var nearest = await new PassageEmbeddings(embedder, cache).NearestAsync("Who handles it?", TestCorpus.Index, 1);

        Assert.Contains(Seoul, Assert.Single(nearest).Text, StringComparison.Ordinal);
        Assert.Equal(["Who handles it?"], embedder.Embedded);
    }

    [Fact]
    public void PromptPassages_PutCitedPassagesFirst_ThenFuseLexicalAndVectorRankings()
    {
        var passages = TestCorpus.Index.Passages;
        var cited = passages[4];
        var extractive = new AnswerResult("q", AnswerStatus.Answered, "a [1]", [new Citation(1, cited.ArticleId, "t", null, null, null, null, cited.Id, "q")], [], false, 0);
        var lexical = new[] { passages[1], passages[2], passages[3] }.Select((p, i) => new Core.Search.SearchHit(i + 1, p, 1, 1, 1)).ToList();
        var semantic = new[] { passages[3], passages[7] };

        var chosen = PromptPassages.Choose(TestCorpus.Index, extractive, lexical, semantic, max: 4);

        Assert.Equal([passages[4], passages[3], passages[1], passages[7]], chosen.Select(p => p.Passage));
        Assert.Equal([1, 2, 3, 4], chosen.Select(p => p.N));
    }

    [Fact]
    public async Task Ask_GivesTheModelPassagesThatOnlyTheVectorRankingFound()
    {
        var embedder = new FakeEmbedder(Seoul);
        var embeddings = new PassageEmbeddings(embedder, new InMemoryEmbeddingCache());
        await embeddings.RefreshAsync(TestCorpus.Index);
        var generator = new ScriptedGenerator(_ => GroundedPrompt.NotInSources);
        var services = new GroundedServices(generator, embeddings: embeddings);
        Assert.DoesNotContain(services.Engine.Retrieve(GroundedServices.Question, TestCorpus.Index, 6), h => h.Passage.Text.Contains(Seoul, StringComparison.Ordinal));

        await services.Service.AskAsync(GroundedServices.Question);

        Assert.Contains(GroundedServices.Question, embedder.Embedded);
        Assert.Contains(Seoul, Assert.Single(generator.Prompts).User, StringComparison.Ordinal);
    }
}
