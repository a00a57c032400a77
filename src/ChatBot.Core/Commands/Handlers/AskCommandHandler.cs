using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// /ask question:… [public:true] — and every @mention or DM, which adapters send as "ask". Small talk ("hi",
/// "thanks", "help") gets a friendly line or the help card, not a decline. A follow-up ("when was that?", "and what
/// about …?") is read with the previous question of its conversation, and the reply says how it was read. Storage is
/// two calls (<see cref="IAnswerRecords"/>): the previous question before answering, and one record after — the
/// cache entries, the archived answer (buttons find it), the conversation's turn, the asker's recent questions (the
/// Slack App Home shows them) and the reply kept for "Share to channel".
/// </summary>
public sealed class AskCommandHandler(IAnswerService answers, IAnswerRecords records, ICorpusIndexProvider corpora, IBotTelemetry telemetry, HelpSettings? help = null, TimeProvider? time = null) : ICommandHandler
{
    public string Command => CommandNames.Ask;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var question = request.Option("question") ?? "";
        var visibility = CommandVisibility.Of(request);
        if (SmallTalk.Recognize(question) is not SmallTalkKind.None and var kind)
        {
            return SmallTalk.Reply(kind, visibility, request.Platform, help);
        }

        question = SmallTalk.WithoutGreeting(question);
        var conversation = Conversation.KeyOf(request);
        var followUp = FollowUpReader.Read(question, (await records.LookupAsync(conversation, cancellationToken))?.Question);
        var read = followUp?.ReadAs ?? question;
        var (answer, toCache) = await answers.PrepareAsync(read, cancellationToken);
        telemetry.Answered(request.Platform, answer.Status, answer.Cached, answer.ElapsedMs);

        var reply = AnswerReplies.For(answer, AnswerIds.For(answer), corpora.Current, visibility);
        reply = followUp is null ? reply : reply with { Body = $"(Read with your previous question, “{Cut(followUp.Previous)}”.)\n\n{reply.Body}" };
        var (offered, kept) = ReplySharing.Offer(reply);

        var asked = answer.Status != AnswerStatus.Invalid;
        var now = (time ?? TimeProvider.System).GetUtcNow();
        await records.RecordAsync(new AnswerRecord(answer)
        {
            Cache = toCache,
            Turn = asked ? (conversation, new ConversationTurn(read, now)) : null,
            Asked = asked ? new AskedQuestion(request.Platform, request.WorkspaceId, request.User.Id, answer.Question, answer.Status, now) : null,
            Shared = kept,
        }, cancellationToken);
        return offered;
    }

    private static string Cut(string text) => text.Length <= 150 ? text : text[..149] + "…";
}
