using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>/ask question:… [public:true] — and every @mention or DM, which adapters send as "ask".</summary>
public sealed class AskCommandHandler(IAnswerService answers, IAnswerArchive archive, ICorpusIndexProvider corpora, IBotTelemetry telemetry) : ICommandHandler
{
    public string Command => "ask";

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var answer = await answers.AskAsync(request.Option("question") ?? "", cancellationToken: cancellationToken);
        telemetry.Answered(request.Platform, answer.Status, answer.Cached, answer.ElapsedMs);
        var id = await archive.SaveAsync(answer, cancellationToken);
        var visibility = request.Flag("public") ? ReplyVisibility.Public : ReplyVisibility.Ephemeral;
        return AnswerReplies.For(answer, id, corpora.Current, visibility);
    }
}
