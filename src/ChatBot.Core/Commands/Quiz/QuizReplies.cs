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
            Body = $"From \"{source}\":\n\n“{draft.Prompt}”\n\nOne answer per person; answers close at {Time(question.ExpiresAt)} UTC.",
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
        Reveal(question, corpus, "This quiz has closed", $"Answers closed at {Time(question.ExpiresAt)} UTC, so this one doesn't count. ");

    public static Reply NotYet(QuizQuestion question) =>
        Reply.Info($"Answers are open until {Time(question.ExpiresAt)} UTC. Pick an answer and you'll see the right one and its source straight away.");

    public static Reply Gone { get; } = Reply.Info("This quiz is no longer available. Start a new one with /quiz start.");

    public static Reply Leaderboard(IReadOnlyList<QuizScore> scores) => new()
    {
        Kind = ReplyKind.Quiz,
        Title = "Quiz leaderboard for this channel",
        Body = scores.Count == 0
            ? "Nobody has answered a quiz in this channel yet. Start one with /quiz start."
            : string.Join('\n', scores.Select((s, i) => $"{i + 1}. {Name(s)} — {s.Correct} correct of {s.Answered}")),
        Footer = "One answer per person per question; only first answers count.",
    };

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
        score.DisplayName is { Length: > 0 } name ? MentionNeutralizer.Neutralize(name.Length <= 40 ? name : name[..40]) : $"user …{score.UserId[Math.Max(0, score.UserId.Length - 4)..]}";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
}
