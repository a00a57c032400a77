using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Answers;

/// <summary>
/// An answer's related events and its timeline items, gathered with loops, equal the LINQ expressions they replaced:
/// the same events in the same order, the same items with the same citations.
/// </summary>
public sealed class RelatedEventsTests
{
    private static readonly DateRange?[] Ranges = [null, new DateRange(2002, 2002), new DateRange(1970, 1990), new DateRange(2002, 2004, 9, 7)];

    public static TheoryData<string> Corpora => ["bundled", "synthetic"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void RelatedEvents_EqualTheLinqChain_ForEveryPassageWithItsNeighbourAndEveryRange(string name)
    {
        var corpus = Corpus(name);
        var compared = 0;
        for (var p = 0; p + 1 < corpus.Passages.Count; p++)
        {
            var chosen = Chosen(corpus, p);
            foreach (var dates in Ranges)
            {
                var expected = Reference(corpus, chosen, dates).ToList();
                Assert.Equal(expected, AnswerEngine.RelatedEvents(corpus, chosen, dates));
                compared += expected.Count;
            }
        }

        // The bundled corpus states dated events; a comparison of empty lists alone would prove nothing.
        Assert.True(compared > 40, $"only {compared} events compared");
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void AttachUnquoted_EqualsFilteringAndTakingWithLinq_AfterTheAnswerIsWritten(string name)
    {
        var corpus = Corpus(name);
        var attached = 0;
        for (var p = 0; p + 1 < corpus.Passages.Count; p++)
        {
            var chosen = Chosen(corpus, p);
            var events = AnswerEngine.RelatedEvents(corpus, chosen, null);
            foreach (var max in new[] { 0, 1, 5 })
            {
                var (ours, theirs) = (new AnswerComposer(corpus), new AnswerComposer(corpus));
                ours.Write(chosen, 60, _ => true);
                theirs.Write(chosen, 60, _ => true);
                var quoted = chosen.Select(c => (c.Passage.Id, c.Span.Start, c.Span.End)).ToArray();
                var expected = theirs.Attach(events.Where(e => !e.Sources.Any(s => quoted.Any(c => c.Id == s.PassageId && c.Start <= s.Start && s.Start + s.Length <= c.End))).Take(max));

                var items = ours.AttachUnquoted(events, max);

                Assert.Equal(expected, items);
                Assert.Equal(theirs.Citations, ours.Citations);
                attached += items.Count;
            }
        }

        Assert.True(attached > 20, $"only {attached} items attached");
    }

    private static CorpusIndex Corpus(string name) => name == "bundled" ? TestCorpus.Index : TestCorpus.Synthetic;

    /// <summary>The first sentence of a passage, the last of the next, and the first again (a passage twice, as answers may quote it).</summary>
    private static List<ChosenSentence> Chosen(CorpusIndex corpus, int p)
    {
        var (first, next) = (corpus.Passages[p], corpus.Passages[p + 1]);
        return [At(corpus, first, 0), At(corpus, next, next.Sentences.Count - 1), At(corpus, first, 0)];
    }

    private static ChosenSentence At(CorpusIndex corpus, Passage passage, int index)
    {
        var span = passage.Sentences[index];
        return new ChosenSentence(passage, index, span, corpus.ArticleOf(passage).Slice(span));
    }

    /// <summary>What <c>AnswerEngine</c> did before: one LINQ expression.</summary>
    private static IEnumerable<TimelineEvent> Reference(CorpusIndex corpus, IReadOnlyList<ChosenSentence> chosen, DateRange? dates) =>
        chosen.Select(c => c.Passage).Distinct().SelectMany(p => p.Sentences.SelectMany(s => corpus.EventsAt(p, s.Start)))
            .Distinct().Where(e => dates is null || dates.Contains(e.Date)).OrderBy(e => e.Date.Start).ThenBy(e => e.Date.LastYear).ThenBy(e => e.CorpusOrder);
}
