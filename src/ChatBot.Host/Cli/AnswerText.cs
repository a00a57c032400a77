using System.Text;
using ChatBot.Core.Answers;

namespace ChatBot.Host.Cli;

/// <summary>An answer as readable text for the terminal: the answer, then numbered sources with their quotes.</summary>
internal static class AnswerText
{
    public static string Format(AnswerResult answer)
    {
        var text = new StringBuilder(answer.LanguageNote is null ? "" : $"Note: {answer.LanguageNote}\n\n").Append(answer.Answer);
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\nSources:");
            foreach (var c in answer.Citations)
            {
                var by = string.Join(", ", new[] { c.Author, c.Publisher, c.Published }.Where(v => v is not null));
                text.Append($"\n[{c.N}] {c.Title}{(by.Length > 0 ? $" — {by}" : "")}{(c.Url is null ? "" : $" <{c.Url}>")}");
                text.Append($"\n    \"{c.Quote}\"");
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
