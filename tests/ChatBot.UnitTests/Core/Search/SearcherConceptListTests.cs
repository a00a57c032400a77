using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// The searcher reads a plan's own concept list when it holds at most 64 concepts and copies the first 64 otherwise:
/// both must rank as a plan whose concepts come in another kind of list (always copied).
/// </summary>
public sealed class SearcherConceptListTests
{
    private const string Letters = "bcdfghjklmnpqrtvwxz";

    private static string Word(int number) =>
        $"q{Letters[number % Letters.Length]}{Letters[(number / Letters.Length) % Letters.Length]}x";

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(90)]
    public void APlansOwnList_RanksAsACopiedOne(int words)
    {
        var paragraphs = new List<string>();
        for (var p = 0; p < 12; p++)
        {
            var text = new StringBuilder();
            for (var w = 0; w < words; w += 1 + (p % 3))
            {
                text.Append(Word((w * (p + 1)) % words)).Append(w % 9 == 8 ? ". " : " ");
            }

            paragraphs.Add(text.ToString().Trim() + ".");
        }

        var articles = paragraphs.Select((text, a) => ArticleAssembler.Assemble($"c{a}", new ArticleMetadata { Title = $"C {a}" }, [new ArticleBlock(BlockKind.Paragraph, text)])).ToList();
        var index = new CorpusIndexBuilder(TestCorpus.Plain).Build(new CorpusLoadResult(articles, []), $"concepts-{words}");
        var plan = new QueryPlanner(index.Index, index.Analyzer).Plan(string.Join(' ', Enumerable.Range(0, words).Select(Word)), QuestionKind.Description);
        Assert.IsType<List<QueryConcept>>(plan.Concepts);
        Assert.Equal(words, plan.Concepts.Count);
        var copied = plan with { Concepts = plan.Concepts.ToArray() };
        var searcher = new Searcher(index);
        foreach (var top in new[] { 1, 5, 100 })
        {
            var expected = searcher.Search(copied, top).Select(Key).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, searcher.Search(plan, top).Select(Key));
        }
    }

    private static (int Passage, float Score, ulong Mask, float Coverage) Key(SearchHit hit) => (hit.Passage.Ordinal, hit.Score, hit.MatchedConcepts, hit.Coverage);
}
