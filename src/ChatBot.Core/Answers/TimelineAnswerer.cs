using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// Answers "what happened in 2004?" from the timeline: the events in the range that best match the rest of the
/// question, quoted and cited, with the rest of the range attached as timeline items.
/// </summary>
internal sealed class TimelineAnswerer(RetrievalContext context, int wordBudget)
{
    private const int AnswerEvents = 2;
    private const int MaxTimelineItems = 10;

    public AnswerResult? Answer(string question, DateRange dates)
    {
        var corpus = context.Corpus;
        var topic = context.Planner.Plan(question, QuestionKind.Timeline);
        var topicConcepts = topic.Concepts.Where(c => c.IsKnown && !IsDateWord(c.Text)).ToList();
        var events = TimelineYears.For(corpus).RowsIn(dates);
        if (events.Count == 0)
        {
            return null;
        }

        var lead = TimelineYears.Lead(events, topicConcepts, AnswerEvents);

        var composer = new AnswerComposer(corpus);
        var leadItems = composer.Attach(lead);
        var text = string.Join(" ", leadItems.Select(item => $"{Trim(item.Text)} [{item.Citation}]"));
        var timeline = composer.AttachUnquoted(events, MaxTimelineItems);
        return new AnswerResult(question, AnswerStatus.Answered, text, composer.Citations, timeline, false, 0);
    }

    private string Trim(string sentence) => AnswerComposer.Display(sentence, wordBudget, _ => true);

    private static bool IsDateWord(string word) =>
        word.Length > 0 && (char.IsAsciiDigit(word[0]) || word is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december" or "decad" or "year");
}
