using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// 👍/👎 (fb:up|down:&lt;answerId&gt;): stores the vote with the question, the answer and the user id. A 👎 is
/// followed by a private "what was wrong?" with one button per <see cref="FeedbackReasons">reason</see>.
/// </summary>
public sealed class FeedbackComponentHandler(IAnswerArchive archive, IFeedbackStore feedback, TimeProvider time) : IComponentHandler
{
    /// <summary>What a voter is told when the vote could not be stored.</summary>
    public static readonly Reply NotSaved = Reply.Info("Sorry, your feedback couldn't be saved right now.");

    public string Prefix => "fb";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 2 || arguments[0] is not ("up" or "down") || await archive.GetAsync(arguments[1], cancellationToken) is not { } answer)
        {
            return Expired.Reply;
        }

        var vote = arguments[0] == "up" ? 1 : -1;
        try
        {
            await feedback.RecordAsync(new Feedback(arguments[1], answer.Question, answer.Answer, request.Platform, request.User.Id, vote, time.GetUtcNow()), cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return NotSaved;
        }

        return vote > 0
            ? Reply.Info("Thanks, your 👍 was recorded. It helps us improve the answers.")
            : Reply.Info("Thanks, your 👎 was recorded. What was wrong with the answer?") with
            {
                ButtonRows = [[.. FeedbackReasons.All.Select(r => new ReplyButton(ActionIds.Create(FeedbackReasonComponentHandler.ActionPrefix, r.Key, arguments[1]), r.Label))]],
            };
    }
}
