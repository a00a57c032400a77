using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Timeline;

/// <summary>
/// The index build dates a sentence read as a slice of its article, making the sentence's string only when a rare
/// pattern or a merge needs it: the slice must give the same mentions and dates as the sentence's own string, with text
/// on either side of the slice that a pattern's look-behind or look-ahead would read if it could see past the slice.
/// </summary>
public sealed class SentenceEventsSpanTests
{
    private static readonly PartialDate?[] Published = [null, new PartialDate(2018, 4, 15), new PartialDate(1999)];

    [Fact]
    public void DatesOfASlice_AreTheDatesOfTheSentencesString()
    {
        var sentences = DateTextCorpus.Sentences(6_000, seed: 47)
            .Concat(SyntheticCorpus.Generate(30, seed: 11).SelectMany(a => a.Text.Split(". ")).Take(2_000));
        var dated = 0;
        foreach (var sentence in sentences)
        {
            // Digits, a month and a word of a date pattern right against the slice: none may be read.
            var around = "1999 May 3," + sentence + "4 1978, who hoped";
            var slice = around.AsSpan(11, sentence.Length);
            foreach (var published in Published)
            {
                var expected = DateExtractor.Extract(sentence, published);
                var mentions = DateExtractor.Extract(slice, text: null, published);
                Assert.Equal(expected, mentions);
                var dates = SentenceEvents.Dates(slice, text: null, published);
                Assert.Equal(SentenceEvents.Dates(sentence, published), dates);
                dated += dates.Count;
            }
        }

        Assert.True(dated > 5_000, $"only {dated} dates compared");
    }
}
