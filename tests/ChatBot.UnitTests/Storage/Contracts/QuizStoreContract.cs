using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>What every <see cref="IQuizStore"/> does: questions, a first answer counted once, and the leaderboards.</summary>
public abstract class QuizStoreContract(IStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    public async Task Question_IsReadBack_AndAnUnknownIdIsNull()
    {
        var question = Question("q1", "C1");
        await Stores.Quiz.SaveAsync(question);

        var read = await Stores.Quiz.GetAsync("q1");

        Assert.Equal((question.Id, question.ChannelId, question.ExpiresAt, question.Draft.Prompt), (read!.Id, read.ChannelId, read.ExpiresAt, read.Draft.Prompt));
        Assert.Equal(question.Draft.Choices, read.Draft.Choices);
        Assert.Null(await Stores.Quiz.GetAsync("q2"));
    }

    [Fact]
    public async Task Answer_FromTwoReplicasAtOnce_CountsThePersonsFirstAnswerOnce()
    {
        var question = Question("q1", "C1");
        await Stores.Quiz.SaveAsync(question);
        var other = await Provider.OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? Stores : other).Quiz.AnswerAsync(question, Answer("q1", "U1", choice: i % 3, correct: i % 3 == 1)))));

        var recorded = Assert.Single(results, r => r.Outcome == QuizAnswerOutcome.Recorded);
        Assert.Equal(9, results.Count(r => r.Outcome == QuizAnswerOutcome.AlreadyAnswered && r.FirstChoice is not null));
        Assert.Single(results.Where(r => r.FirstChoice is not null).Select(r => r.FirstChoice).Distinct());
        var score = Assert.Single(await other.Quiz.LeaderboardAsync(ChatPlatform.Slack, "T1", "C1", 10));
        Assert.Equal(1, score.Answered);
    }

    [Fact]
    public async Task Leaderboards_RankByCorrect_ThenFewestAnswers_ThenEarliest_AndSumAWorkspacesChannels()
    {
        var (c1, c2, elsewhere) = (Question("q1", "C1"), Question("q2", "C2"), Question("q3", "C1") with { WorkspaceId = "T2" });
        var clock = Provider.Time.GetUtcNow();
        async Task AnswerAsync(QuizQuestion q, string user, bool correct, string? name = null)
        {
            clock = clock.AddSeconds(1);
            await Stores.Quiz.AnswerAsync(q, Answer(q.Id, user, 0, correct, clock, name));
        }

        await AnswerAsync(c1, "U1", true, "Ann");
        await AnswerAsync(c1, "U2", true, "Bo");
        await AnswerAsync(c1, "U3", false);
        await AnswerAsync(c2, "U2", false, "Bob");
        await AnswerAsync(c2, "U3", true, "Cy");
        await AnswerAsync(elsewhere, "U1", true);

        var channel = await Stores.Quiz.LeaderboardAsync(ChatPlatform.Slack, "T1", "C1", 10);
        var workspace = await Stores.Quiz.WorkspaceLeaderboardAsync(ChatPlatform.Slack, "T1", 10);

        Assert.Equal([new QuizScore("U1", "Ann", 1, 1), new QuizScore("U2", "Bo", 1, 1), new QuizScore("U3", null, 0, 1)], channel);
        Assert.Equal([new QuizScore("U1", "Ann", 1, 1), new QuizScore("U2", "Bob", 1, 2), new QuizScore("U3", "Cy", 1, 2)], workspace);
        Assert.Single(await Stores.Quiz.LeaderboardAsync(ChatPlatform.Slack, "T1", "C1", 1));
    }

    [Fact]
    public async Task WithoutItsDatabase_SavingAndReadingThrow_AnsweringIsUnavailable_LeaderboardsAreEmpty()
    {
        var broken = Provider.OpenUnavailable();
        var question = Question("q1", "C1");

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.Quiz.SaveAsync(question));
        Assert.Equal(QuizAnswerOutcome.Unavailable, (await broken.Quiz.AnswerAsync(question, Answer("q1", "U1", 0, true))).Outcome);
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.Quiz.GetAsync("q1"));
        Assert.Empty(await broken.Quiz.LeaderboardAsync(ChatPlatform.Slack, "T1", "C1", 10));
    }

    private QuizQuestion Question(string id, string channel) => new(
        id, new QuizDraft(QuizKind.Date, "In which year did the summit take place?", ["2000", "2002", "2004"], 1, "The summit took place in 2002.", "2002", "article-1", "article-1#1"),
        ChatPlatform.Slack, "T1", channel, "U0", Provider.Time.GetUtcNow(), Provider.Time.GetUtcNow().AddHours(1));

    private QuizAnswer Answer(string quiz, string user, int choice, bool correct, DateTimeOffset? at = null, string? name = null) =>
        new(quiz, user, name, choice, correct, at ?? Provider.Time.GetUtcNow());
}
