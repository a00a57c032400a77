using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// /ask question:… [public:true] — and every @mention or DM, which adapters send as "ask". Small talk ("hi",
/// "thanks", "help") gets a friendly line or the help card, not a decline. Each question read is kept in the asker's
/// recent questions (the Slack App Home shows them).
/// </summary>
public sealed class AskCommandHandler(IAnswerService answers, IAnswerArchive archive, ICorpusIndexProvider corpora, IBotTelemetry telemetry, HelpSettings? help = null, IQuestionHistory? history = null) : ICommandHandler
{
    public string Command => "ask";

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var question = request.Option("question") ?? "";
        var visibility = request.Flag("public") ? ReplyVisibility.Public : ReplyVisibility.Ephemeral;
        if (SmallTalk.Recognize(question) is not SmallTalkKind.None and var kind)
        {
            return SmallTalk.Reply(kind, visibility, request.Platform, help);
        }

        var answer = await answers.AskAsync(SmallTalk.WithoutGreeting(question), cancellationToken: cancellationToken);
        telemetry.Answered(request.Platform, answer.Status, answer.Cached, answer.ElapsedMs);
        var id = await archive.SaveAsync(answer, cancellationToken);
        if (history is not null && answer.Status != AnswerStatus.Invalid)
        {
            await history.RecordAsync(request.Platform, request.WorkspaceId, request.User.Id, answer.Question, answer.Status, cancellationToken);
        }

        return AnswerReplies.For(answer, id, corpora.Current, visibility);
    }
}
