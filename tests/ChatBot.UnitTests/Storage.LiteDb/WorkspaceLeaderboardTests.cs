using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;
using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

public sealed class WorkspaceLeaderboardTests
{
    [Fact]
    public async Task WorkspaceLeaderboard_SumsEachPersonsChannels_InOneWorkspaceOnly()
    {
        using var temp = new TempDatabase();
        var store = new LiteDbQuizStore(temp.Open());
        var at = temp.Time.GetUtcNow();
        QuizQuestion Question(string id, string workspace, string channel) =>
            new(id, new QuizDraft(QuizKind.Date, "p", ["a", "b"], 0, "q", "a", "000_5816683cddb79770", "000_5816683cddb79770#p1"), ChatPlatform.Slack, workspace, channel, "U0", at, at.AddHours(1));
        async Task Answer(QuizQuestion question, string user, string? name, bool correct) =>
            await store.AnswerAsync(question, new QuizAnswer(question.Id, user, name, correct ? 0 : 1, correct, at));

        var general = Question("q1", "T1", "C1");
        var study = Question("q2", "T1", "C2");
        var elsewhere = Question("q3", "T2", "C1");
        await Answer(general, "U1", "alice", correct: true);
        await Answer(study, "U1", "Alice", correct: true);
        await Answer(general, "U2", "bob", correct: true);
        await Answer(study, "U2", "bob", correct: false);
        await Answer(general, "U3", "carol", correct: false);
        await Answer(elsewhere, "U3", "carol", correct: true);
        await Answer(elsewhere, "U4", "dave", correct: true);

        var board = await store.WorkspaceLeaderboardAsync(ChatPlatform.Slack, "T1", 10);

        Assert.Equal([("U1", 2, 2), ("U2", 1, 2), ("U3", 0, 1)], board.Select(s => (s.UserId, s.Correct, s.Answered)));
        Assert.Single(await store.WorkspaceLeaderboardAsync(ChatPlatform.Slack, "T1", 1));
        Assert.Equal(["U3", "U4"], (await store.WorkspaceLeaderboardAsync(ChatPlatform.Slack, "T2", 10)).Select(s => s.UserId).Order());
        Assert.Empty(await store.WorkspaceLeaderboardAsync(ChatPlatform.Discord, "T1", 10));
    }
}
