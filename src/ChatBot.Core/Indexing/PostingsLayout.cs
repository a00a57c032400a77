using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Lays analysed passages out as postings. The BM25F pseudo frequency of a term in a passage, after field
/// weights, length normalisation and k1 saturation, does not depend on the query, so it is computed here once
/// and a query only multiplies it by the term's idf.
/// </summary>
internal static class PostingsLayout
{
    // Optimized at once, like the build's other methods that see every passage (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IndexArrays Lay(string[] terms, List<PassageTerms> passages, RankingOptions ranking, (string[] Words, int[] Terms, int[] Frequencies) surface)
    {
        var averageBody = Average(passages, p => p.BodyLength);
        var averageHeading = Average(passages, p => p.HeadingTerms.Length);
        var averageTitle = Average(passages, p => p.TitleTerms.Length);

        // Each passage's weights depend on that passage only, so they are computed in parallel, in ranges of passages that
        // share one set of counters; document frequencies are counted afterwards, and postings are laid out in passage
        // order as before. The weights are kept in shared chunks (ChunkPool), not an array a passage.
        var perPassage = new Weighed[passages.Count];
        var spare = new ConcurrentBag<TermCounts>();
        var (termChunks, weightChunks) = (new ChunkPool<int>(), new ChunkPool<float>());
        if (passages.Count > 0)
        {
            Parallel.ForEach(Partitioner.Create(0, passages.Count, RangeSize(passages.Count)), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (range) =>
            {
                var counts = spare.TryTake(out var reused) ? reused : new TermCounts(terms.Length);
                var (termWriter, weightWriter) = (termChunks.Writer(), weightChunks.Writer());
                for (var p = range.Item1; p < range.Item2; p++)
                {
                    perPassage[p] = Weigh(passages[p], counts, ranking, new Averages(averageBody, averageHeading, averageTitle), termWriter, weightWriter);
                }

                termWriter.Release();
                weightWriter.Release();
                spare.Add(counts);
            });
        }

        var docFreq = new int[terms.Length];
        foreach (var entries in perPassage)
        {
            foreach (var term in entries.Terms.AsSpan())
            {
                docFreq[term]++;
            }
        }

        var offsets = new int[terms.Length + 1];
        for (var t = 0; t < terms.Length; t++)
        {
            offsets[t + 1] = offsets[t] + docFreq[t];
        }

        var postingPassages = new int[offsets[^1]];
        var postingWeights = new float[offsets[^1]];
        var fill = offsets[..^1];
        for (var p = 0; p < perPassage.Length; p++)
        {
            var passageTerms = perPassage[p].Terms.AsSpan();
            var weights = perPassage[p].Weights.AsSpan();
            for (var k = 0; k < passageTerms.Length; k++)
            {
                var term = passageTerms[k];
                postingPassages[fill[term]] = p;
                postingWeights[fill[term]] = weights[k];
                fill[term]++;
            }
        }

        var tokenOffsets = new int[passages.Count + 1];
        for (var p = 0; p < passages.Count; p++)
        {
            tokenOffsets[p + 1] = tokenOffsets[p] + passages[p].BodyTerms.Count;
        }

        var sentenceOffsets = new int[passages.Count + 1];
        for (var p = 0; p < passages.Count; p++)
        {
            sentenceOffsets[p + 1] = sentenceOffsets[p] + passages[p].SentenceStarts.Length;
        }

        return new IndexArrays
        {
            PassageCount = passages.Count,
            Terms = WordTable.Of(terms),
            DocFreq = docFreq,
            PostingOffsets = offsets,
            PostingPassages = postingPassages,
            PostingWeights = PostingWeights.Of(postingWeights),
            TokenOffsets = tokenOffsets,
            TokenTerms = NarrowInts.Join(passages.ConvertAll(p => p.BodyTerms)),
            TokenPositions = NarrowInts.Join(passages.ConvertAll(p => p.BodyPositions)),
            SentenceOffsets = sentenceOffsets,
            SentenceStarts = Concat(passages, sentenceOffsets, p => p.SentenceStarts),
            SentenceFeatures = Concat(passages, sentenceOffsets, p => p.SentenceFeatures),
            Acronyms = [],
            SurfaceWords = WordTable.Of(surface.Words),
            SurfaceTerms = surface.Terms,
            SurfaceFrequencies = surface.Frequencies,
        };
    }

    /// <summary>Every passage's array end to end, copied once into an array of the known total (offsets[^1]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T[] Concat<T>(List<PassageTerms> passages, int[] offsets, Func<PassageTerms, T[]> part)
    {
        var all = new T[offsets[^1]];
        for (var p = 0; p < passages.Count; p++)
        {
            part(passages[p]).CopyTo(all, offsets[p]);
        }

        return all;
    }

    /// <summary>The passage's terms with their weights, in the order the passage first uses them (body, heading, title).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Weighed Weigh(PassageTerms passage, TermCounts counts, RankingOptions ranking, Averages averages, ChunkWriter<int> termWriter, ChunkWriter<float> weightWriter)
    {
        counts.Add(passage.BodyTerms, field: 0);
        counts.Add(passage.HeadingTerms, field: 1);
        counts.Add(passage.TitleTerms, field: 2);

        var body = Normalizer(ranking.BodyB, passage.BodyLength, averages.Body);
        var heading = Normalizer(ranking.HeadingB, passage.HeadingTerms.Length, averages.Heading);
        var title = Normalizer(ranking.TitleB, passage.TitleTerms.Length, averages.Title);
        var entries = new Weighed(termWriter.Reserve(counts.Met.Count), weightWriter.Reserve(counts.Met.Count));
        var terms = entries.Terms.AsSpan();
        var weights = entries.Weights.AsSpan();
        for (var k = 0; k < terms.Length; k++)
        {
            var term = counts.Met[k];
            var pseudo = (ranking.BodyWeight * counts.Body[term] / body) + (ranking.HeadingWeight * counts.Heading[term] / heading) + (ranking.TitleWeight * counts.Title[term] / title);
            terms[k] = term;
            weights[k] = pseudo * (ranking.K1 + 1) / (ranking.K1 + pseudo);
        }

        counts.Reset();
        return entries;
    }

    /// <summary>A passage's terms and their weights, side by side, as slices of the layout's chunks.</summary>
    private readonly record struct Weighed(ArraySegment<int> Terms, ArraySegment<float> Weights);

    private readonly record struct Averages(float Body, float Heading, float Title);

    /// <summary>About eight ranges a core, so a slow range on a busy core does not hold up the rest.</summary>
    private static int RangeSize(int count) => Math.Max(64, count / (Environment.ProcessorCount * 8) + 1);

    private static float Normalizer(float b, int length, float average) =>
        average <= 0 ? 1f : 1f - b + (b * length / average);

    private static float Average(List<PassageTerms> passages, Func<PassageTerms, int> length) =>
        passages.Count == 0 ? 0f : (float)passages.Average(length);
}
