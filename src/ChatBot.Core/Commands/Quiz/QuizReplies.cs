using System.Globalization;
using ChatBot.Core.Indexing;
using ChatBot.Core.Quiz;
using ChatBot.Core.Text;

namespace ChatBot.Core.Commands.Quiz;

/// <summary>A quiz question with its choices as buttons, the reveal (right answer with its quote), and the leaderboard.</summary>
public static class QuizReplies
{
    private const string Letters = "ABCD";

    public static Reply Question(QuizQuestion question, CorpusIndex corpus)
    {
        var draft = question.Draft;
        var source = corpus.TryGetArticle(draft.ArticleId, out var article) ? article.Title : "the indexed articles";
        return new Reply
        {
            Kind = ReplyKind.Quiz,
            Title = draft.Kind switch
            {
                QuizKind.Date => "Quiz: which date fills the blank?",
                QuizKind.Number => "Quiz: which number fills the blank?",
                QuizKind.Person => "Quiz: who fills the blank?",
                _ => "Quiz: which place fills the blank?",
            },
            Body = $"From \"{source}\":\n\n“{draft.Prompt}”\n\nOne answer per person; answers close at {ClosingMarker}.",
            Inlines = [ReplyInline.Time(question.ExpiresAt)],
            ButtonRows =
            [
                [.. draft.Choices.Select((c, i) => new ReplyButton(QuizActions.AnswerId(question.Id, i), $"{Letters[i]}. {c}"))],
                [new ReplyButton(QuizActions.RevealId(question.Id), "Reveal (after it closes)")],
            ],
            Visibility = ReplyVisibility.Public,
            Footer = "Questions come only from the indexed articles and verified fact cards. /quiz score shows this channel's leaderboard.",
        };
    }

    public static Reply Result(QuizQuestion question, int choice, CorpusIndex corpus) =>
        Reveal(question, corpus, choice == question.Draft.Correct ? "✅ Right!" : "❌ Not quite", $"You chose {Choice(question, choice)}. ");

    public static Reply AlreadyAnswered(QuizQuestion question, int first, CorpusIndex corpus) =>
        Reveal(question, corpus, "You already answered", $"You already answered this one with {Choice(question, first)}; only your first answer counts. ");

    public static Reply Closed(QuizQuestion question, CorpusIndex corpus) =>
        Reveal(question, corpus, "This quiz has closed", $"Answers closed at {ClosingMarker}, so this one doesn't count. ") with { Inlines = [ReplyInline.Time(question.ExpiresAt)] };

    public static Reply NotYet(QuizQuestion question) =>
        Reply.Info($"Answers are open until {ClosingMarker}. Pick an answer and you'll see the right one and its source straight away.") with { Inlines = [ReplyInline.Time(question.ExpiresAt)] };

    /// <summary>Storage could not read or record it: said as such, never as "no longer available".</summary>
    public static Reply Unavailable { get; } = Reply.Error("Sorry, your answer couldn't be recorded right now (storage is unavailable). Please try again in a moment.");

    public static Reply Gone { get; } = Reply.Info("This quiz is no longer available. Start a new one with /quiz start.");

    /// <summary>The board names people as user references (never pinging); two people with one display name are told apart.</summary>
    public static Reply Leaderboard(IReadOnlyList<QuizScore> scores)
    {
        var names = scores.Select(Name).ToList();
        var inlines = new ReplyInlines();
        var lines = scores.Select((s, i) =>
            $"{i + 1}. {inlines.Add(ReplyInline.Person(s.UserId, names.Count(n => n == names[i]) > 1 ? $"{names[i]} (…{Tail(s.UserId)})" : names[i]))} — {s.Correct} correct of {s.Answered}");
        return new Reply
        {
            Kind = ReplyKind.Quiz,
            Title = "Quiz leaderboard for this channel",
            Body = scores.Count == 0 ? "Nobody has answered a quiz in this channel yet. Start one with /quiz start." : string.Join('\n', lines),
            Inlines = inlines.Items,
            Footer = "One answer per person per question; only first answers count.",
            Shareable = true,
        };
    }

    private static Reply Reveal(QuizQuestion question, CorpusIndex corpus, string title, string lead)
    {
        var draft = question.Draft;
        var sources = corpus.TryGetArticle(draft.ArticleId, out var article)
            ? new ReplySource(1, article.Title, article.Author ?? article.Publisher, article.Published?.ToString(), article.Url, draft.Quote, draft.ArticleId, draft.PassageId)
            : new ReplySource(1, $"Article {draft.ArticleId} (no longer indexed)", null, null, null, draft.Quote, draft.ArticleId, draft.PassageId);
        return new Reply
        {
            Kind = ReplyKind.Quiz,
            Title = title,
            Body = $"{lead}The answer is {Choice(question, draft.Correct)} [1].",
            Sources = [sources],
            ShowQuotes = true,
        };
    }

    private static string Choice(QuizQuestion question, int index) =>
        index >= 0 && index < question.Draft.Choices.Count ? $"{Letters[index]}. {question.Draft.Choices[index]}" : "an unknown choice";

    private static string Name(QuizScore score) =>
        score.DisplayName is { Length: > 0 } name ? MentionNeutralizer.Neutralize(name.Length <= 40 ? name : name[..40]) : $"user …{Tail(score.UserId)}";

    private static string Tail(string userId) => userId[Math.Max(0, userId.Length - 4)..];

    // Every quiz reply that names a time carries exactly one inline: the closing time.
    private static string ClosingMarker => ReplyInlines.Marker(0);
}
