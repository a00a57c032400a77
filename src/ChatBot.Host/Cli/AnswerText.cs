using System.Text;
using ChatBot.Core.Answers;

namespace ChatBot.Host.Cli;

/// <summary>An answer as readable text for the terminal: the answer, then its sources, one line per article with its numbered quotes.</summary>
internal static class AnswerText
{
    public static string Format(AnswerResult answer)
    {
        var text = new StringBuilder(answer.LanguageNote is null ? "" : $"Note: {answer.LanguageNote}\n\n").Append(answer.Answer);
        if (answer.Citations.Count > 0)
        {
            // One line per article, its quotes under their numbers: the markers of the answer all resolve.
            text.Append("\n\nSources:");
            foreach (var article in answer.Citations.GroupBy(c => c.ArticleId))
            {
                var c = article.First();
                var by = string.Join(", ", new[] { c.Author, c.Publisher, c.Published }.Where(v => v is not null));
                text.Append($"\n{string.Join(' ', article.Select(q => $"[{q.N}]"))} {c.Title}{(by.Length > 0 ? $" — {by}" : "")}{(c.Url is null ? "" : $" <{c.Url}>")}");
                foreach (var quote in article)
                {
                    text.Append(article.Count() == 1 ? $"\n    \"{quote.Quote}\"" : $"\n    [{quote.N}] \"{quote.Quote}\"");
                }
            }
        }

        if (answer.Timeline.Count > 0)
        {
            text.Append("\n\nTimeline:");
            foreach (var item in answer.Timeline)
            {
                text.Append($"\n  {item.Date,-24} [{item.Citation}]");
            }
        }

        text.Append($"\n\n({JsonOutput.Status(answer.Status)}{(answer.Cached ? ", cached" : "")}, {answer.ElapsedMs:F2} ms)");
        return text.ToString();
    }
}
