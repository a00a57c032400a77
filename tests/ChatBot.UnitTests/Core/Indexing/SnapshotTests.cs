using ChatBot.Core.Admin;
using ChatBot.Core.Corpus;
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
    public void Snapshot_RoundTrips_PassagesTimelineAndIndexArrays_Exactly()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));
        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        var original = TestCorpus.Index;
        Assert.Equal(original.Passages.Count, loaded.Passages.Count);
        for (var i = 0; i < original.Passages.Count; i++)
        {
            var (a, b) = (original.Passages[i], loaded.Passages[i]);
            Assert.Equal((a.Id, a.ArticleId, a.Ordinal, a.ArticleOrdinal, a.BlockIndex, a.Kind, a.Start, a.Length, a.Heading, a.Text),
                (b.Id, b.ArticleId, b.Ordinal, b.ArticleOrdinal, b.BlockIndex, b.Kind, b.Start, b.Length, b.Heading, b.Text));
            Assert.Equal(a.Sentences, b.Sentences);
        }

        Assert.Equal(original.Timeline.Count, loaded.Timeline.Count);
        Assert.Equal(
            original.Timeline.Select(e => (e.Date, e.Text, e.CorpusOrder, string.Join(' ', e.Terms), string.Join('|', e.Sources.Select(s => $"{s.ArticleId} {s.PassageId} {s.Start} {s.Length} {s.Quote}")))),
            loaded.Timeline.Select(e => (e.Date, e.Text, e.CorpusOrder, string.Join(' ', e.Terms), string.Join('|', e.Sources.Select(s => $"{s.ArticleId} {s.PassageId} {s.Start} {s.Length} {s.Quote}")))));
        Assert.Equal(original.Index.Arrays.PostingPassages, loaded.Index.Arrays.PostingPassages);
        Assert.Equal(original.Index.Arrays.PostingWeights.ToArray(), loaded.Index.Arrays.PostingWeights.ToArray());
        Assert.Equal(original.Index.Arrays.PostingWeights.Table, loaded.Index.Arrays.PostingWeights.Table);
        Assert.Equal((original.Index.Arrays.TokenTerms.Width, original.Index.Arrays.TokenPositions.Width), (loaded.Index.Arrays.TokenTerms.Width, loaded.Index.Arrays.TokenPositions.Width));
        Assert.Equal(original.Index.Arrays.TokenTerms.ToArray(), loaded.Index.Arrays.TokenTerms.ToArray());
        Assert.Equal(original.Index.Arrays.TokenPositions.ToArray(), loaded.Index.Arrays.TokenPositions.ToArray());
        Assert.Equal(original.Index.Arrays.SentenceFeatures, loaded.Index.Arrays.SentenceFeatures);
        Assert.Equal(original.Index.Arrays.SurfaceWords, loaded.Index.Arrays.SurfaceWords);
    }

    [Fact]
    public void Prepare_OnALoadedSnapshot_GivesTheSameEventsYearsAndTopicsAsTheBuiltIndex()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));
        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        loaded.Prepare();
        var original = TestCorpus.Index;
        Assert.Equal(original.KnownYears.Order(StringComparer.Ordinal), loaded.KnownYears.Order(StringComparer.Ordinal));
        Assert.Equal(original.TopicHint, loaded.TopicHint);
        var sentences = original.Timeline.SelectMany(e => e.Sources).Select(s => (s.PassageId, s.Start)).Distinct().ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Equal(original.EventsAt(s.PassageId, s.Start).Select(e => e.Text), loaded.EventsAt(s.PassageId, s.Start).Select(e => e.Text)));
    }

    [Fact]
    public void Snapshot_RoundTrips_ArticleTextVerbatim_WhetherItFitsOneByteACharacterOrNot()
    {
        var articles = RandomTextCorpus.Generate(12, seed: 7).Concat(SyntheticCorpus.Generate(12)).ToList();
        var original = new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(articles, []), "mixed-text");
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(original));

        var loaded = store.TryLoad("mixed-text", TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        Assert.Contains(loaded.Articles, a => a.Content.Narrow is not null);
        Assert.Contains(loaded.Articles, a => a.Content.Narrow is null);
        Assert.Equal(original.Articles.Select(a => a.Text), loaded.Articles.Select(a => a.Text));
        Assert.Equal(original.Passages.Select(p => p.Text), loaded.Passages.Select(p => p.Text));
        Assert.Equal(original.Timeline.Select(e => e.Text), loaded.Timeline.Select(e => e.Text));
    }

    [Fact]
    public void TryLoad_NeverThrows_ForADamagedByteAnywhere_NeverLoadsDamagedText_AndALoadedTimelineAlwaysDecodes()
    {
        var store = new IndexSnapshotStore(directory);
        store.TrySave(TestCorpus.Index);
        var path = Directory.GetFiles(directory, "*.index").Single();
        var good = File.ReadAllBytes(path);
        var texts = TestCorpus.Index.Articles.Select(a => a.Text).ToList();
        var metadata = TestCorpus.Index.Articles.Select(Metadata).ToList();
        var rejected = 0;
        for (var k = 0; k < 240; k++)
        {
            var damaged = (byte[])good.Clone();
            var at = (int)((long)good.Length * k / 240);
            damaged[at] ^= (byte)(1 << (k % 8));
            File.WriteAllBytes(path, damaged);

            var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);
            rejected += loaded is null ? 1 : 0;
            Assert.True(loaded is null || loaded.Timeline.Count(e => e.Sources.Count > 0) >= 0);
            // LZ4 itself checks nothing: a flipped literal or offset decodes to wrong characters of the right length, so
            // the checksum of the decoded text must refuse it (quotes are the product).
            Assert.True(loaded is null || loaded.Articles.Select(a => a.Text).SequenceEqual(texts), $"byte {at}: damaged article text loaded");
            Assert.True(loaded is null || loaded.Articles.Select(Metadata).SequenceEqual(metadata), $"byte {at}: damaged article metadata loaded");
        }

        // The header, counts, the text and record checksums and the checksummed timeline catch most damage.
        Assert.InRange(rejected, 1, 240);

        var tail = (byte[])good.Clone();
        tail[^12] ^= 0x5A; // inside the timeline block, just before the (empty) vectors section
        File.WriteAllBytes(path, tail);
        Assert.Null(store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer));
    }

    [Fact]
    public void TryLoad_RefusesASnapshot_WhoseArticleTitlesIdsOrLinksAreDamaged()
    {
        // Every bit of the first article's id, title, link and content hash flipped in turn: each is a string no other
        // check reads, so only the records' checksum can refuse it.
        var store = new IndexSnapshotStore(directory);
        store.TrySave(TestCorpus.Index);
        var path = Directory.GetFiles(directory, "*.index").Single();
        var good = File.ReadAllBytes(path);
        var article = TestCorpus.Index.Articles.First(a => a.Url is { Length: < 128 } && a.Title.Length < 128 && a.ContentHash.Length > 0);
        var flips = 0;
        foreach (var value in new[] { article.Id, article.Title, article.Url!, article.ContentHash })
        {
            // As the record writes it (a one-byte length, then UTF-8), so a match inside compressed text is not taken.
            var written = System.Text.Encoding.UTF8.GetBytes(value);
            var at = good.AsSpan().LastIndexOf([(byte)written.Length, .. written]) + 1;
            Assert.True(at > 0, $"'{value}' not found in the snapshot");
            for (var bit = 0; bit < Math.Min(value.Length, 24) * 8; bit += 5)
            {
                var damaged = (byte[])good.Clone();
                damaged[at + (bit / 8)] ^= (byte)(1 << (bit % 8));
                File.WriteAllBytes(path, damaged);
                Assert.Null(store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer));
                flips++;
            }
        }

        Assert.True(flips > 100);
    }

    [Fact]
    public void ALoadedSnapshot_NeverFailsAQuery_WhateverByteOfItsIndexArraysIsDamaged()
    {
        var store = new IndexSnapshotStore(directory);
        store.TrySave(TestCorpus.Index);
        var path = Directory.GetFiles(directory, "*.index").Single();
        var good = File.ReadAllBytes(path);
        var questions = EvaluationSet.Load("dev").Take(12).Select(q => q.Question).ToList();
        var (start, end) = IndexArraysSection(good);
        for (var at = start; at < end; at += Math.Max(1, (end - start) / 400))
        {
            var damaged = (byte[])good.Clone();
            damaged[at] ^= 0x5A;
            File.WriteAllBytes(path, damaged);

            var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);
            if (loaded is null)
            {
                continue;
            }

            foreach (var question in questions)
            {
                var exception = Record.Exception(() => Ranking(loaded, question));
                Assert.True(exception is null, $"byte {at}: '{question}' threw {exception?.GetType().Name}: {exception?.Message}");
            }
        }
    }

    /// <summary>Where the inverted-index arrays lie in a saved snapshot: from the first posting offset to the surface words.</summary>
    private static (int Start, int End) IndexArraysSection(byte[] file)
    {
        var arrays = TestCorpus.Index.Index.Arrays;
        var offsets = System.Runtime.InteropServices.MemoryMarshal.AsBytes(arrays.PostingOffsets.AsSpan()).ToArray();
        var start = file.AsSpan().IndexOf(offsets);
        var surface = System.Runtime.InteropServices.MemoryMarshal.AsBytes(arrays.SurfaceTerms.AsSpan()).ToArray();
        var end = file.AsSpan().LastIndexOf(surface) + surface.Length;
        Assert.True(start > 0 && end > start, "the index arrays were not found in the snapshot");
        return (start, end);
    }

    [Fact]
    public void TrySave_ReportsAProblem_InsteadOfThrowing()
    {
        var blocked = Path.Combine(directory, "file-not-folder");
        File.WriteAllText(blocked, "x");
        Assert.NotNull(new IndexSnapshotStore(blocked).TrySave(TestCorpus.Index));
    }

    [Fact]
    public void ScansOfEveryEvent_OnALoadedSnapshot_GiveWhatTheBuiltIndexGives_WithoutMakingTheSourceLists()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));
        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer)!;
        var unmade = loaded.Timeline.Count(e => e.UnmadeSource is not null);
        HashSet<string> cited = [TestCorpus.Index.Timeline[0].Sources[0].PassageId, "no-such-passage"];

        var overview = CorpusOverview.Articles(loaded);
        var citing = loaded.Timeline.Where(e => e.CitesAnyOf(cited)).Select(e => e.CorpusOrder).ToList();

        Assert.True(unmade > 0);
        Assert.Equal(unmade, loaded.Timeline.Count(e => e.UnmadeSource is not null));
        Assert.Equal(
            CorpusOverview.Articles(TestCorpus.Index).Select(r => $"{r.Article.Id} {string.Join('|', r.Dates)}"),
            overview.Select(r => $"{r.Article.Id} {string.Join('|', r.Dates)}"));
        Assert.Equal(TestCorpus.Index.Timeline.Where(e => e.Sources.Any(s => cited.Contains(s.PassageId))).Select(e => e.CorpusOrder), citing);
        Assert.NotEmpty(citing);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Metadata(Article a) =>
        string.Join('\u0001', a.Id, a.Title, a.Author, a.Publisher, a.Published, a.PublishedInferred, a.Url, a.Language, string.Join('|', a.Tags), a.SourcePath, a.ContentHash,
            string.Join('|', a.Blocks.Select(b => $"{b.Kind} {b.Start} {b.Length}")));

    internal static List<string> Ranking(CorpusIndex index, string question)
    {
        var context = RetrievalContext.For(index);
        return [.. context.Searcher.Search(context.Planner.Plan(question, RuleBasedQuestionClassifier.Instance.Classify(question).Kind), 5).Select(h => $"{h.Passage.Id}:{h.Score:F4}")];
    }
}
