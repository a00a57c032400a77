using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// Writes the answer text from chosen sentences, each followed by its citation marker, and numbers the citations:
/// adjacent sentences of one passage share a citation whose quote is their exact text. Timeline events reuse the
/// citation of a sentence already quoted or get their own; an answer's own timeline leaves out the sentences it quotes.
/// </summary>
internal sealed class AnswerComposer(CorpusIndex corpus)
{
    private readonly List<Citation> citations = [];
    private readonly List<(int N, string PassageId, int Start, int End)> spans = [];

    public IReadOnlyList<Citation> Citations => citations;

    public string Write(IReadOnlyList<ChosenSentence> chosen, int wordBudget, Func<string, bool> isRelevant)
    {
        var text = new StringBuilder();
        var otherWords = 0;
        foreach (var sentence in chosen)
        {
            otherWords += sentence.Words;
        }

        for (var i = 0; i < chosen.Count;)
        {
            var run = 1;
            while (i + run < chosen.Count && chosen[i + run].Passage.Ordinal == chosen[i].Passage.Ordinal && chosen[i + run].Index == chosen[i + run - 1].Index + 1)
            {
                run++;
            }

            var passage = chosen[i].Passage;
            var n = Cite(passage, chosen[i].Span.Start, chosen[i + run - 1].Span.End);
            for (var k = i; k < i + run; k++)
            {
                var own = chosen[k].Words;
                var budget = Math.Max(25, wordBudget - (otherWords - own));
                text.Append(text.Length > 0 ? " " : "").Append(Display(chosen[k].Text, budget, isRelevant)).Append(" [").Append(n).Append(']');
            }

            i += run;
        }

        return text.ToString();
    }

    public List<TimelineItem> Attach(IEnumerable<TimelineEvent> events)
    {
        var items = new List<TimelineItem>();
        foreach (var e in events)
        {
            items.Add(Item(e));
        }

        return items;
    }

    /// <summary>
    /// Timeline items for at most <paramref name="max"/> events the answer does not quote already: a timeline line
    /// repeating a sentence of the answer says nothing new. What is quoted is what was cited before the first item.
    /// </summary>
    public List<TimelineItem> AttachUnquoted(IEnumerable<TimelineEvent> events, int max)
    {
        var quoted = spans.Count;
        var items = new List<TimelineItem>();
        if (max <= 0)
        {
            return items;
        }

        foreach (var e in events)
        {
            if (!IsQuoted(e, quoted))
            {
                items.Add(Item(e));
                if (items.Count == max)
                {
                    break;
                }
            }
        }

        return items;
    }

    private TimelineItem Item(TimelineEvent e) => new(e.Date.Label, e.Text, CiteEvent(e.Sources[0]));

    /// <summary>Whether a source of the event lies within one of the first <paramref name="quoted"/> cited spans.</summary>
    private bool IsQuoted(TimelineEvent e, int quoted)
    {
        foreach (var s in e.Sources)
        {
            for (var c = 0; c < quoted; c++)
            {
                var (_, passageId, start, end) = spans[c];
                if (passageId == s.PassageId && start <= s.Start && s.Start + s.Length <= end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A trimmed sentence whose every piece is verbatim text of the quote (apart from a capitalised first letter). The
    /// check runs on every answer; should trimming ever fail it, the sentence is shown with only its references cut,
    /// and if even that fails (a reference just before a closing bracket), whole: no piece that is not in the article
    /// may leave the engine.
    /// </summary>
    internal static string Display(string sentence, int budget, Func<string, bool> isRelevant)
    {
        var trimmed = SentenceTrimmer.Trim(sentence, budget, isRelevant);
        if (IsVerbatimIn(trimmed, sentence))
        {
            return trimmed;
        }

        var plain = SentenceTrimmer.WithoutReferences(sentence);
        return IsVerbatimIn(plain, sentence) ? plain : sentence;
    }

    private static bool IsVerbatimIn(string display, string quote)
    {
        // Without an ellipsis the display is one piece (what splitting at them gives), read in place.
        if (!display.Contains('…'))
        {
            var piece = display.AsSpan().Trim().TrimEnd(".;,:").Trim();
            return piece.Length == 0 || quote.AsSpan().IndexOf(piece, StringComparison.Ordinal) >= 0
                || IsVerbatim(piece.ToString(), quote);
        }

        return SentenceTrimmer.Pieces(display).All(piece => IsVerbatim(piece, quote));
    }

    internal static bool IsVerbatim(string piece, string quote) =>
        quote.Contains(piece, StringComparison.Ordinal)
        || (piece.Length > 0 && quote.Contains(char.ToLowerInvariant(piece[0]) + piece[1..], StringComparison.Ordinal));

    private int CiteEvent(TimelineSource source)
    {
        var existing = spans.FindIndex(c => c.PassageId == source.PassageId && c.Start <= source.Start && c.End >= source.Start + source.Length);
        return existing >= 0 ? spans[existing].N : Cite(corpus.Article(source.ArticleId), source.PassageId, source.Start, source.Start + source.Length);
    }

    private int Cite(Passage passage, int start, int end) => Cite(corpus.ArticleOf(passage), passage.Id, start, end);

    private int Cite(Article article, string passageId, int start, int end)
    {
        var existing = spans.FindIndex(c => c.PassageId == passageId && c.Start == start && c.End == end);
        if (existing >= 0)
        {
            return spans[existing].N;
        }

        var n = Add(article, passageId, article.Slice(new TextSpan(start, end - start)));
        spans.Add((n, passageId, start, end));
        return n;
    }

    private int Add(Article article, string passageId, string quote)
    {
        var n = citations.Count + 1;
        citations.Add(new Citation(n, article.Id, article.Title, article.Author, article.Publisher, article.Published?.ToString(), article.Url, passageId, quote));
        return n;
    }
}
