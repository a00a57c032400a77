using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

public sealed class QuestionHistoryTests
{
    [Fact]
    public async Task LiteDb_KeepsEachPersonsNewestQuestions_NewestFirst_AndApart()
    {
        using var temp = new TempDatabase();
        var history = new LiteDbQuestionHistory(temp.Open(), temp.Time);
        await Ask(history, temp.Time, "U1", 25);
        await history.RecordAsync(ChatPlatform.Slack, "T1", "U2", "someone else's question", AnswerStatus.NotFound);
        await history.RecordAsync(ChatPlatform.Slack, "T2", "U1", "another workspace", AnswerStatus.Answered);

        var recent = await history.RecentAsync(ChatPlatform.Slack, "T1", "U1", 5);

        Assert.Equal(["question 25", "question 24", "question 23", "question 22", "question 21"], recent.Select(q => q.Question));
        Assert.Equal(IQuestionHistory.Kept, (await history.RecentAsync(ChatPlatform.Slack, "T1", "U1", 100)).Count);
        Assert.Equal("someone else's question", Assert.Single(await history.RecentAsync(ChatPlatform.Slack, "T1", "U2", 5)).Question);
        Assert.Empty(await history.RecentAsync(ChatPlatform.Discord, "T1", "U1", 5));
    }

    [Fact]
    public async Task LiteDb_ForgetsQuestionsOlderThanTheMaximumAge()
    {
        using var temp = new TempDatabase();
        var history = new LiteDbQuestionHistory(temp.Open(), temp.Time);
        await history.RecordAsync(ChatPlatform.Slack, "T1", "U1", "old question", AnswerStatus.Answered);
        temp.Time.Advance(IQuestionHistory.MaxAge + TimeSpan.FromMinutes(1));
        await history.RecordAsync(ChatPlatform.Slack, "T1", "U1", "new question", AnswerStatus.NotFound);

        var recent = Assert.Single(await history.RecentAsync(ChatPlatform.Slack, "T1", "U1", 5));
        Assert.Equal(("new question", AnswerStatus.NotFound), (recent.Question, recent.Status));
    }

    [Fact]
    public async Task InMemory_BehavesTheSame()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var history = new InMemoryQuestionHistory(time);
        await Ask(history, time, "U1", 25);

        Assert.Equal(["question 25", "question 24"], (await history.RecentAsync(ChatPlatform.Slack, "T1", "U1", 2)).Select(q => q.Question));
        Assert.Equal(IQuestionHistory.Kept, (await history.RecentAsync(ChatPlatform.Slack, "T1", "U1", 100)).Count);
        time.Advance(IQuestionHistory.MaxAge + TimeSpan.FromMinutes(1));
        Assert.Empty(await history.RecentAsync(ChatPlatform.Slack, "T1", "U1", 5));
    }

    private static async Task Ask(IQuestionHistory history, FakeTimeProvider time, string user, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await history.RecordAsync(ChatPlatform.Slack, "T1", user, $"question {i}", AnswerStatus.Answered);
            time.Advance(TimeSpan.FromMinutes(1));
        }
    }
}
