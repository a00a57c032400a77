using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.Evaluation;

/// <summary>
/// A deterministic synthetic corpus for performance work: news-like articles about diplomacy and politics,
/// 8–12 paragraphs of 3–6 sentences each (about 700–1,100 words), with names, places, dates and numbers, and word
/// frequencies close to Zipf's law so postings lists have realistic lengths. Same seed, same corpus, no download.
/// </summary>
public static class SyntheticCorpus
{
    public static IReadOnlyList<Article> Generate(int count, int seed = 17)
    {
        var articles = new Article[count];
        Parallel.For(0, count, i => articles[i] = Article(i, new Random(seed * 1_000_003 + i)));
        return articles;
    }

    /// <summary>Writes the corpus as Markdown files with front matter, for benchmarks of loading from disk.</summary>
    public static void WriteTo(string directory, IReadOnlyList<Article> articles)
    {
        Directory.CreateDirectory(directory);
        foreach (var article in articles)
        {
            var text = new StringBuilder()
                .Append("---\ntitle: \"").Append(article.Title).Append("\"\nauthor: ").Append(article.Author)
                .Append("\npublished: ").Append(article.Published).Append("\nlanguage: en\n---\n\n");
            foreach (var block in article.Blocks)
            {
                text.Append(block.Kind == BlockKind.Heading ? "## " : "").Append(article.BlockText(block)).Append("\n\n");
            }

            File.WriteAllText(Path.Combine(directory, article.Id + ".md"), text.ToString());
        }
    }

    /// <summary>Realistic queries over the synthetic vocabulary: two to five content words, some names and years.</summary>
    public static IReadOnlyList<string> Queries(int count, int seed = 5)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => SyntheticVocabulary.Query(random))];
    }

    private static Article Article(int number, Random random)
    {
        var blocks = new List<ArticleBlock>();
        var paragraphs = random.Next(8, 13);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0 && p % 4 == 0)
            {
                blocks.Add(new ArticleBlock(BlockKind.Heading, SyntheticVocabulary.Heading(random)));
            }

            blocks.Add(new ArticleBlock(BlockKind.Paragraph, string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => SyntheticVocabulary.Sentence(random)))));
        }

        var metadata = new ArticleMetadata
        {
            Title = SyntheticVocabulary.Heading(random),
            Author = SyntheticVocabulary.Name(random),
            Published = new PartialDate(random.Next(1995, 2026), random.Next(1, 13), random.Next(1, 29)),
            Language = "en",
        };
        return ArticleAssembler.Assemble($"synthetic-{number:D5}", metadata, blocks);
    }
}
