using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Indexing;

namespace ChatBot.UnitTests.Timeline;

/// <summary>
/// Hashes of every date mention and every sentence's event dates, recorded from the extractor before it was made
/// cheaper: a faster extractor must find the same dates at the same characters with the same qualifiers.
/// </summary>
public sealed class DateExtractorRecordedTests
{
    [Theory]
    [InlineData("generated", "817FC6F2F011C31523826AD204880846F9AC492743A4BA4B85EDCEEEDFA3A3EB")]
    [InlineData("bundled", "04126F3B355BC4FEE3DF8189FE980692B4F59A0D75F722D4DE2A4B792AEF8302")]
    public void Extract_FindsTheRecordedMentions(string source, string expected)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (sentence, published) in Sentences(source))
            {
                writer.Write(sentence);
                Write(writer, DateExtractor.Extract(sentence, null));
                Write(writer, DateExtractor.Extract(sentence, published));
                foreach (var date in SentenceEvents.Dates(sentence, published))
                {
                    writer.Write(date.ToString());
                }
            }
        }

        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(stream.ToArray())));
    }

    /// <summary>The cheap pre-check lets the index build skip a sentence's string only where no date could be found.</summary>
    [Fact]
    public void MayHoldDate_IsFalse_OnlyWhereExtractFindsNothing()
    {
        var sentences = Sentences("generated").Concat(Sentences("bundled")).ToList();

        var skipped = sentences.Where(x => !DateExtractor.MayHoldDate(x.Sentence, x.Published)).ToList();

        Assert.True(skipped.Count > 500, $"only {skipped.Count} sentences skipped");
        Assert.All(skipped, x => Assert.Empty(DateExtractor.Extract(x.Sentence, x.Published)));
    }

    internal static IEnumerable<(string Sentence, PartialDate? Published)> Sentences(string source)
    {
        if (source == "bundled")
        {
            var index = TestCorpus.Index;
            return index.Passages.SelectMany(p => p.Sentences.Select(s => (s.Slice(index.ArticleOf(p).Text), index.ArticleOf(p).Published)));
        }

        PartialDate?[] published = [null, new PartialDate(2018, 4, 15), new PartialDate(2003), new PartialDate(1999, 12)];
        var random = new Random(11);
        return DateTextCorpus.Sentences(20_000, seed: 7).Select((s, i) => (s, published[i % published.Length]))
            .Concat(Enumerable.Range(0, 2_000).Select(i => (RandomTextCorpus.Text(random, random.Next(3, 30)), published[i % published.Length])));
    }

    private static void Write(BinaryWriter writer, List<DateMention> mentions)
    {
        writer.Write(mentions.Count);
        foreach (var mention in mentions)
        {
            writer.Write(mention.Start);
            writer.Write(mention.Length);
            writer.Write(mention.Date.ToString());
        }
    }
}
