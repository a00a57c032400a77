using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// Why a 👎 (fbr:&lt;reason&gt;:&lt;answerId&gt;): stored with the vote on the answer. "Other…" and "Add a comment"
/// open a form for the voter's own words, whose submission comes back under the same action id.
/// </summary>
public sealed class FeedbackReasonComponentHandler(IAnswerArchive archive, IFeedbackStore feedback, TimeProvider time) : IComponentHandler
{
    public const string ActionPrefix = "fbr";
    public const string CommentField = "comment";
    public const int MaxCommentLength = 500;

    public string Prefix => ActionPrefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 2 or > 3 || !FeedbackReasons.IsKnown(arguments[0]) || await archive.GetAsync(arguments[1], cancellationToken) is not { } answer)
        {
            return Expired.Reply;
        }

        var (reason, answerId) = (arguments[0], arguments[1]);
        var submitted = request.FormValues.TryGetValue(CommentField, out var text);
        var wantsForm = arguments.Count == 3 || reason == FeedbackReasons.Other;
        if (wantsForm && !submitted)
        {
            return new Reply { Kind = ReplyKind.Info, Form = CommentForm(reason, answerId) };
        }

        var comment = submitted && !string.IsNullOrWhiteSpace(text) ? Cut(text.Trim()) : null;
        try
        {
            await feedback.RecordAsync(new Feedback(answerId, answer.Question, answer.Answer, request.Platform, request.User.Id, -1, time.GetUtcNow(), reason, comment), cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return FeedbackComponentHandler.NotSaved;
        }

        var noted = $"Noted: {FeedbackReasons.Label(reason).ToLowerInvariant()}{(comment is null ? "" : ", with your comment")}. Thank you, moderators read these to improve the answers and the articles.";
        return Reply.Info(noted) with
        {
            ReplaceOriginal = !submitted,
            ButtonRows = comment is null ? [[new ReplyButton(ActionIds.Create(ActionPrefix, reason, answerId, "note"), "Add a comment")]] : [],
        };
    }

    private static ReplyForm CommentForm(string reason, string answerId) =>
        new(ActionIds.Create(ActionPrefix, reason, answerId), "What was wrong?", [new FormField(CommentField, $"{FeedbackReasons.Label(reason)}: tell us more (optional)", Multiline: true, Required: false, MaxLength: MaxCommentLength)]);

    private static string Cut(string text) => text.Length <= MaxCommentLength ? text : text[..MaxCommentLength];
}
