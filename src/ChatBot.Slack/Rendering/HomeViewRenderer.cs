using System.Text.RegularExpressions;

using ChatBot.Core.Answers;
using ChatBot.Core.Commands.Home;
using ChatBot.Core.Quiz;
using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// Renders a <see cref="HomePage"/> as the App Home tab: what the bot does, its commands, the reader's recent
/// questions and the workspace's quiz leaderboard. People on the leaderboard are Slack user references (&lt;@U…&gt;),
/// which a view shows by name without notifying anyone; every other piece of text is escaped.
/// </summary>
public static partial class HomeViewRenderer
{
    public const string CallbackId = "home";

    private const int QuestionLength = 150;

    public static HomeView Render(HomePage page)
    {
        List<SlackBlock> blocks =
        [
            Header("About this bot"),
            Section(page.Intro),
            Header("Commands"),
            Section(page.Commands),
            new DividerBlock(),
            Header("Your recent questions"),
            page.RecentQuestions.Count == 0
                ? Section("You haven't asked anything yet. Try /ask When did the five abductees return to Japan?")
                : new SectionBlock(TextObject.Mrkdwn(Fit(string.Join('\n', page.RecentQuestions.Select(q => $"• {Mrkdwn.Escape(Shorten(q.Question))} _({Status(q.Status)})_"))))),
            new DividerBlock(),
            Header("Quiz leaderboard in this workspace"),
            page.Leaderboard.Count == 0
                ? Section("Nobody has answered a quiz here yet. Start one in a channel with /quiz start.")
                : new SectionBlock(TextObject.Mrkdwn(Fit(string.Join('\n', page.Leaderboard.Select((s, i) => $"{i + 1}. {Person(s)} — {s.Correct} correct of {s.Answered}"))))),
            new ContextBlock([TextObject.Mrkdwn(TextFitter.Truncate(Mrkdwn.Escape(page.Footer), SlackLimits.FieldText))]),
        ];
        return new HomeView(blocks, CallbackId);
    }

    /// <summary>A user reference for a well-formed Slack user id (shown by name, never a notification in a view); else the stored name, escaped.</summary>
    private static string Person(QuizScore score) =>
        UserId().IsMatch(score.UserId) ? $"<@{score.UserId}>"
        : Mrkdwn.Escape(score.DisplayName is { Length: > 0 } name ? Shorten(name) : "someone");

    private static string Status(AnswerStatus status) => status == AnswerStatus.Answered ? "answered" : "not covered by the articles";

    private static HeaderBlock Header(string text) => new(TextObject.Plain(TextFitter.Truncate(text, SlackLimits.HeaderText)));

    private static SectionBlock Section(string text) => new(TextObject.Mrkdwn(Fit(Mrkdwn.Escape(text))));

    private static string Fit(string mrkdwn) => TextFitter.Truncate(mrkdwn.Trim(), SlackLimits.SectionText);

    private static string Shorten(string text) => text.Length <= QuestionLength ? text : text[..(QuestionLength - 1)] + "…";

    [GeneratedRegex("^[UW][A-Z0-9]{1,30}$")]
    private static partial Regex UserId();
}
