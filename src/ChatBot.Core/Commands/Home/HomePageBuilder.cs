using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Home;

/// <summary>Gathers a <see cref="HomePage"/>: the help card's text, the person's recent questions and the workspace leaderboard.</summary>
public sealed class HomePageBuilder(IQuestionHistory history, IQuizStore quizzes, ICorpusIndexProvider corpora, HelpSettings? help = null)
{
    public const int RecentQuestions = 5;
    public const int LeaderboardSize = 10;

    public async Task<HomePage> BuildAsync(ChatPlatform platform, string? workspaceId, string userId, CancellationToken cancellationToken = default)
    {
        var card = HelpCommandHandler.Card(platform, help).Body;
        var commands = card.StartsWith(HelpCommandHandler.Intro, StringComparison.Ordinal) ? card[HelpCommandHandler.Intro.Length..].TrimStart('\n') : card;
        var recent = await history.RecentAsync(platform, workspaceId, userId, RecentQuestions, cancellationToken);
        var board = await quizzes.WorkspaceLeaderboardAsync(platform, workspaceId, LeaderboardSize, cancellationToken);
        return new HomePage(HelpCommandHandler.Intro, commands, recent, board, AnswerReplies.Footer(corpora.Current));
    }
}
