using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// /ask question:… [public:true] — and every @mention or DM, which adapters send as "ask". Small talk ("hi",
/// "thanks", "help") gets a friendly line or the help card, not a decline. A follow-up ("when was that?", "and what
/// about …?") is read with the previous question of its conversation, and the reply says how it was read. Each
/// question read is kept in the asker's recent questions (the Slack App Home shows them).
/// </summary>
public sealed class AskCommandHandler(IAnswerService answers, IAnswerArchive archive, ICorpusIndexProvider corpora, IBotTelemetry telemetry, HelpSettings? help = null, IConversationStore? conversations = null, TimeProvider? time = null, IQuestionHistory? history = null) : ICommandHandler
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
        var followUp = await FollowUpAsync(request, question, cancellationToken);
        var answer = await answers.AskAsync(followUp?.ReadAs ?? question, cancellationToken: cancellationToken);
        telemetry.Answered(request.Platform, answer.Status, answer.Cached, answer.ElapsedMs);
        if (answer.Status != AnswerStatus.Invalid)
        {
            await RememberAsync(request, followUp?.ReadAs ?? question, cancellationToken);
        }

        var id = await archive.SaveAsync(answer, cancellationToken);
        if (history is not null && answer.Status != AnswerStatus.Invalid)
        {
            await history.RecordAsync(request.Platform, request.WorkspaceId, request.User.Id, answer.Question, answer.Status, cancellationToken);
        }

        var reply = AnswerReplies.For(answer, id, corpora.Current, visibility);
        return followUp is null ? reply : reply with { Body = $"(Read with your previous question, “{Cut(followUp.Previous)}”.)\n\n{reply.Body}" };
    }

    private async Task<FollowUp?> FollowUpAsync(CommandRequest request, string question, CancellationToken cancellationToken) =>
        conversations is null ? null : FollowUpReader.Read(question, (await conversations.LastAsync(Conversation.KeyOf(request), cancellationToken))?.Question);

    private async Task RememberAsync(CommandRequest request, string question, CancellationToken cancellationToken)
    {
        if (conversations is not null)
        {
            await conversations.RememberAsync(Conversation.KeyOf(request), new ConversationTurn(question, (time ?? TimeProvider.System).GetUtcNow()), cancellationToken);
        }
    }

    private static string Cut(string text) => text.Length <= 150 ? text : text[..149] + "…";
}
