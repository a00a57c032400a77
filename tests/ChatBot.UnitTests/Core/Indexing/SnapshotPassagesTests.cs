using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class SnapshotPassagesTests
{
    [Fact]
    public void ThePassagesSection_RoundTrips_EverySentenceInPlace()
    {
        var index = TestCorpus.Index;

        var read = RoundTrip([.. index.Passages]);

        Assert.Equal(index.Passages.Count, read.Length);
        for (var i = 0; i < read.Length; i++)
        {
            Assert.Equal((index.Passages[i].Start, index.Passages[i].Length), (read[i].Start, read[i].Length));
            Assert.Equal(index.Passages[i].Sentences, read[i].Sentences.Select(s => s));
        }
    }

    public static TheoryData<string> Damages => ["sentence past its passage's end", "sentence before its passage", "negative sentence length", "sentences overlapping", "passage start near int.MaxValue"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedPassage_IsRefused_WithAOneLineError_NotLoadedToFailAtAnswerTime(string damage)
    {
        var passages = TestCorpus.Index.Passages.ToList();
        var p = passages.FindIndex(x => x.Sentences.Count >= 2);
        var (passage, first, second) = (passages[p], passages[p].Sentences[0], passages[p].Sentences[1]);
        passages[p] = damage switch
        {
            "sentence past its passage's end" => passage with { Sentences = new[] { first, new TextSpan(second.Start, passage.End - second.Start + 1) } },
            "sentence before its passage" => passage with { Sentences = new[] { new TextSpan(first.Start - 1, first.Length + 1), second } },
            "negative sentence length" => passage with { Sentences = new[] { first, new TextSpan(second.Start, -1) } },
            "sentences overlapping" => passage with { Sentences = new[] { first, new TextSpan(first.End - 1, second.End - first.End + 1) } },
            _ => passage with { Start = int.MaxValue - 10, Length = 100, Sentences = Array.Empty<TextSpan>() },
        };

        var error = Assert.Throws<InvalidDataException>(() => RoundTrip(passages));

        Assert.StartsWith("snapshot passage", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static Passage[] RoundTrip(List<Passage> passages)
    {
        var index = TestCorpus.Index;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SnapshotPassages.Write(writer, passages, index.Articles);
        }

        stream.Position = 0;
        return SnapshotPassages.Read(new SnapshotReader(stream), index.Articles);
    }
}
