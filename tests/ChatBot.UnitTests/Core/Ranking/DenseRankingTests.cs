using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Corpus;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Generation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Ranking;

/// <summary>
/// When the engine ranks with meaning (passage vectors from the sentence encoder) and when it falls back to words:
/// only vectors of its own encoder count, and an encoder that fails costs the semantic features, never an answer.
/// </summary>
public sealed class DenseRankingTests : IDisposable
{
    private const string Question = "How many Japanese were abducted?";

    private readonly string snapshots = Directory.CreateTempSubdirectory("chatbot-dense-").FullName;

    [Fact]
    public void Engine_RanksWithMeaning_OnlyWhenTheIndexCarriesVectorsOfItsOwnEncoder()
    {
        var encoded = WithVectors(new HashingEncoder());

        Assert.Contains(":dense:", Engine(encoded, new HashingEncoder()).VariantFor(encoded), StringComparison.Ordinal);
        Assert.Contains(":lexical:", Engine(encoded, new HashingEncoder("another-model")).VariantFor(encoded), StringComparison.Ordinal);
        Assert.Contains(":lexical:", Engine(TestCorpus.Index, new HashingEncoder()).VariantFor(TestCorpus.Index), StringComparison.Ordinal);
        Assert.False(Engine(encoded, encoder: null).IsDense);
        Assert.Contains(":lexical:", Engine(encoded, encoder: null).VariantFor(encoded), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DenseAndLexicalAnswers_NeverShareACacheEntry()
    {
        var encoded = WithVectors(new HashingEncoder());
        var cache = new DictionaryAnswerCache();
        var holder = new CorpusIndexHolder(encoded);
        var dense = new AnswerService(Engine(encoded, new HashingEncoder()), holder, cache, new FakeTimeProvider());
        var lexical = new AnswerService(Engine(encoded, encoder: null), holder, cache, new FakeTimeProvider());

        Assert.False((await dense.AskAsync(Question)).Cached);
        Assert.True((await dense.AskAsync(Question)).Cached);
        Assert.False((await lexical.AskAsync(Question)).Cached);
    }

    [Fact]
    public void AnEncoderThatFailsAtQuestionTime_LeavesTheQuestionToTheLexicalModels()
    {
        var encoded = WithVectors(new HashingEncoder(new BrokenEncoder().EncoderId));

        var answer = Engine(encoded, new BrokenEncoder()).Answer(Question, encoded);
        var lexical = Engine(encoded, encoder: null).Answer(Question, encoded);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(lexical.Answer, answer.Answer);
    }

    [Fact]
    public async Task Loader_WithAnEncoderThatFails_IndexesTheCorpusWithoutVectors()
    {
        var load = await Loader(new BrokenEncoder()).LoadAsync(EvaluationSet.CorpusDirectory);

        Assert.Null(load.Index.Vectors);
        Assert.Equal(TestCorpus.Index.Passages.Count, load.Index.Passages.Count);
    }

    [Fact]
    public async Task Loader_EncodesASnapshotMadeWithoutVectors_OnceAndKeepsTheVectorsInTheSnapshot()
    {
        Assert.Null((await Loader(encoder: null).LoadAsync(EvaluationSet.CorpusDirectory)).Index.Vectors);

        var first = new HashingEncoder();
        var encoded = await Loader(first).LoadAsync(EvaluationSet.CorpusDirectory);
        Assert.True(encoded.FromSnapshot);
        Assert.Equal(encoded.Index.Passages.Count, encoded.Index.Vectors?.Count);
        Assert.True(first.Calls > 0);

        var second = new HashingEncoder();
        var again = await Loader(second).LoadAsync(EvaluationSet.CorpusDirectory);
        Assert.True(again.FromSnapshot);
        Assert.Equal(0, second.Calls);
        Assert.Equal(encoded.Index.Vectors!.Of(3).ToArray(), again.Index.Vectors!.Of(3).ToArray());

        var other = new HashingEncoder("another-model");
        Assert.Equal("another-model", (await Loader(other).LoadAsync(EvaluationSet.CorpusDirectory)).Index.Vectors?.EncoderId);
    }

    [Fact]
    public async Task Loader_OnAReload_EncodesOnlyThePassagesThatChanged()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(snapshots, "corpus"));
        Directory.CreateDirectory(Path.Combine(corpus.FullName, "articles"));
        foreach (var file in Directory.GetFiles(Path.Combine(EvaluationSet.CorpusDirectory, "articles")))
        {
            File.Copy(file, Path.Combine(corpus.FullName, "articles", Path.GetFileName(file)));
        }

        var encoder = new HashingEncoder();
        var loader = Loader(encoder);
        var first = await loader.LoadAsync(corpus.FullName);
        var before = encoder.Texts;
        File.WriteAllText(Path.Combine(corpus.FullName, "articles", "new.md"), "---\ntitle: New\npublished: 2024-01-02\n---\n\nA new paragraph about the abductees' families.\n");
        var reloaded = await loader.LoadAsync(corpus.FullName);

        Assert.Equal(first.Index.Passages.Count, before);
        Assert.Equal(first.Index.Passages.Count + 1, reloaded.Index.Passages.Count);
        Assert.Equal(1, encoder.Texts - before);
        var fresh = PassageVectors.Encode(reloaded.Index, new HashingEncoder());
        for (var i = 0; i < reloaded.Index.Passages.Count; i++)
        {
            Assert.Equal(fresh.Of(i).ToArray(), reloaded.Index.Vectors!.Of(i).ToArray());
        }
    }

    public void Dispose() => Directory.Delete(snapshots, recursive: true);

    private static CorpusIndex WithVectors(HashingEncoder encoder) => TestCorpus.Index.WithVectors(PassageVectors.Encode(TestCorpus.Index, encoder));

    private static AnswerEngine Engine(CorpusIndex index, Core.Embeddings.ISentenceEncoder? encoder) =>
        new(RuleBasedQuestionClassifier.Instance, encoder: encoder);

    private CorpusIndexLoader Loader(Core.Embeddings.ISentenceEncoder? encoder) =>
        new(new FileCorpusSource(), TestCorpus.Plain, new IndexSnapshotStore(snapshots), encoder);
}
