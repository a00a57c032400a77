using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Review check: every sentence's run of its passage's words against its own tokenisation, and every passage's words as
/// the index stored them (<see cref="PassageWords"/>, numbered at build or at load) against its text's.
/// </summary>
internal static class RunsCheck
{
    public static void Run(string[] args)
    {
        var wanted = new HashSet<string>(args.Length > 0 ? args[0].Split(',') : ["bundled", "squad", "scifact", "synthetic"], StringComparer.Ordinal);
        var bad = 0;
        foreach (var corpus in SideBySideCorpora.Load(wanted, 2_000, 0))
        {
            var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? TestCorpus.Analyzer : TestCorpus.Plain;
            var built = new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint);
            bad += Check(corpus.Name + " built", built, null);
            var directory = Directory.CreateTempSubdirectory("runs-check-").FullName;
            new IndexSnapshotStore(directory).TrySave(built);
            var loaded = new IndexSnapshotStore(directory).TryLoad(corpus.Articles.Fingerprint, analyzer) ?? throw new InvalidOperationException("no load");
            Directory.Delete(directory, true);
            bad += Check(corpus.Name + " loaded", loaded, null);
        }

        // Adversarial texts: non-BMP, invisible, odd white space, marks, apostrophes, dots, digits; spans cut at every white space.
        var random = new Random(7);
        string[] pieces =
        [
            "U.S.", "A.B", "p.61", "3.5", "1,000", "2,", ".5", "x's", "James'", "’s", "it’s", "o'", "'s", "rock'n'roll", "e\u0301", "\u00AD", "\u200B",
            "\u200D", "\uFEFF", "\u00A0", "\u2028", "\u3000", "\u2009", "\t", "\n", " ", "  ", "😀", "𝐀𝐁", "𐐀x", "\uD800", "\uDC00", "ﬁ", "２", "Ⅻ",
            "ǅ", "İ", "ß", "Σ", "ʼ", "`", "´", "‘", "-", "—", ".", ",", "'", "a", "b", "Z", "9", "0", "é", "東京", "٣", "ÆØ", "\u0300", "(", ")", "\"",
        ];
        var articles = Enumerable.Range(0, 300).Select(a =>
        {
            var paragraphs = Enumerable.Range(0, 4).Select(_ =>
            {
                var builder = new StringBuilder("Start ");
                for (var k = 0; k < 60; k++)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }

                return builder.Append(" end.").ToString();
            });
            return ArticleAssembler.Assemble($"adv{a}", new ArticleMetadata { Title = $"Adv {a}" }, [.. paragraphs.Select(p => new ArticleBlock(BlockKind.Paragraph, p))]);
        }).ToList();
        var adversarial = new CorpusIndexBuilder(TestCorpus.Plain).Build(new CorpusLoadResult(articles, []), "adversarial");
        bad += Check("adversarial (splitter's sentences)", adversarial, null);
        bad += Check("adversarial (every white-space-bounded span)", adversarial, random);
        Console.WriteLine(bad == 0 ? "runs-check: no difference" : $"runs-check: {bad} DIFFERENCES");
    }

    private static int Check(string name, CorpusIndex index, Random? cut)
    {
        var (runs, own, bad, surfaceBad, storedBad) = (0, 0, 0, 0, 0);
        var surface = SurfaceTokens.For(index);
        foreach (var passage in index.Passages)
        {
            var article = index.ArticleOf(passage);
            var text = passage.Text;
            var tokens = Tokenizer.Tokenize(text);
            if (!surface.Of(passage).SequenceEqual(tokens.Select(t => surface.Find(t.Folded))) || surface.Of(passage).Contains(SurfaceTokens.Unseen))
            {
                storedBad++;
            }

            var spans = cut is null ? passage.Sentences.ToArray() : Edges(cut, passage, text);
            var sliced = SentenceRuns.Of(article, passage with { Sentences = spans }, text, [.. tokens.Select(t => t.Start)]);
            for (var s = 0; s < spans.Length; s++)
            {
                if (sliced is null || sliced[2 * s] < 0)
                {
                    own++;
                    continue;
                }

                runs++;
                var expected = Tokenizer.Tokenize(article.Slice(spans[s])).Select(t => t.Folded).ToArray();
                var got = tokens.Skip(sliced[2 * s]).Take(sliced[(2 * s) + 1] - sliced[2 * s]).Select(t => t.Folded).ToArray();
                if (!expected.SequenceEqual(got, StringComparer.Ordinal))
                {
                    if (bad++ < 5)
                    {
                        Console.WriteLine($"  DIFF {passage.Id} s{s}: [{Escape(article.Slice(spans[s]))}] own [{string.Join('|', expected)}] run [{string.Join('|', got)}]");
                    }
                }
            }

            if (cut is null)
            {
                for (var s = 0; s < passage.Sentences.Count; s++)
                {
                    var sentence = article.Slice(passage.Sentences[s]);
                    if (!surface.Of(passage, s, sentence).SequenceEqual(surface.Of(passage, int.MaxValue, sentence)))
                    {
                        surfaceBad++;
                    }
                }
            }
        }

        Console.WriteLine($"{name}: {index.Passages.Count:N0} passages, {runs:N0} runs, {own:N0} own, {bad} token differences, {surfaceBad} SurfaceTokens differences, {storedBad} stored passage words differences");
        return bad + surfaceBad + storedBad;
    }

    private static TextSpan[] Edges(Random random, Passage passage, string text)
    {
        var edges = Enumerable.Range(0, text.Length + 1).Where(i => i == 0 || i == text.Length || char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])).ToArray();
        return [.. Enumerable.Range(0, 200).Select(_ =>
        {
            var (a, b) = (edges[random.Next(edges.Length)], edges[random.Next(edges.Length)]);
            return new TextSpan(passage.Start + Math.Min(a, b), Math.Abs(a - b));
        })];
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
