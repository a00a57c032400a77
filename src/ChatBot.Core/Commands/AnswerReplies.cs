using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Commands;

/// <summary>Turns an <see cref="AnswerResult"/> into the platform-neutral reply every adapter renders.</summary>
public static class AnswerReplies
{
    /// <summary>The action argument that turns quotes off ("quotes:&lt;answerId&gt;:off").</summary>
    public static class QuoteToggle
    {
        public const string Hide = "off";
    }

    /// <summary>Said under a generated answer, so nobody mistakes the model's wording for the articles' own.</summary>
    public const string GeneratedNote = "This answer was worded by a language model from the quoted passages; only the quotes are verbatim.";

    public static Reply For(AnswerResult answer, string answerId, CorpusIndex corpus, ReplyVisibility visibility, bool showQuotes = false)
    {
        var kind = answer.Status switch
        {
            AnswerStatus.Answered => ReplyKind.Answer,
            AnswerStatus.NotFound => ReplyKind.NotFound,
            _ => ReplyKind.Invalid,
        };
        var buttons = new List<ReplyButton>();
        if (answer.Status == AnswerStatus.Answered)
        {
            buttons.Add(showQuotes
                ? new ReplyButton(ActionIds.Create("quotes", answerId, QuoteToggle.Hide), "Hide quotes")
                : new ReplyButton(ActionIds.Create("quotes", answerId), "Show quotes"));
            buttons.Add(new ReplyButton(ActionIds.Create("tl", answerId), "Timeline for this"));
        }

        if (answer.Status != AnswerStatus.Invalid)
        {
            buttons.Add(new ReplyButton(ActionIds.Create("fb", "up", answerId), "Helpful", Emoji: "👍"));
            buttons.Add(new ReplyButton(ActionIds.Create("fb", "down", answerId), "Not helpful", Emoji: "👎"));
        }

        return new Reply
        {
            Kind = kind,
            Title = Title(answer.Question),
            Body = answer.Answer,
            Sources = Sources(answer.Citations, corpus),
            ShowQuotes = showQuotes,
            Timeline = [.. answer.Timeline.Select(t => new ReplyTimelineItem(t.Date, t.Text, t.Citation))],
            ButtonRows = buttons.Count == 0 ? [] : [buttons],
            Visibility = visibility,
            Shareable = answer.Status == AnswerStatus.Answered,
            Footer = string.Join(' ', new[] { answer.LanguageNote, Footer(corpus), answer.GeneratedBy is null ? null : GeneratedNote }.OfType<string>()),
        };
    }

    public static IReadOnlyList<ReplySource> Sources(IEnumerable<Citation> citations, CorpusIndex corpus) =>
        [.. citations.Select(c => new ReplySource(c.N, c.Title, c.Author ?? c.Publisher, PublishedLabel(c.ArticleId, c.Published, corpus), c.Url, c.Quote, c.ArticleId, c.PassageId))];

    /// <summary>"Answers come only from the 2 indexed articles (newest 2023-05-03)."</summary>
    public static string Footer(CorpusIndex corpus) =>
        $"Answers come only from the {corpus.Articles.Count} indexed article{(corpus.Articles.Count == 1 ? "" : "s")}{(corpus.NewestPublication is { } newest ? $" (newest {newest})" : "")}. Check the quoted sources.";

    private static string? PublishedLabel(string articleId, string? published, CorpusIndex corpus) =>
        published is null ? null : corpus.TryGetArticle(articleId, out var article) && article.PublishedInferred ? $"{published} (date inferred)" : published;

    private static string Title(string question) => question.Length <= 200 ? question : question[..199] + "…";
}
