using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

public sealed class ConsoleStoresTests
{
    [Fact]
    public async Task ANonce_IsConsumedOnce_EvenAfterTheDatabaseIsReopened()
    {
        using var temp = new TempDatabase();
        var expires = temp.Time.GetUtcNow().AddMinutes(10);
        using (var first = temp.Open())
        {
            var store = new LiteDbConsumedNonceStore(first, temp.Time);
            Assert.True(await store.TryConsumeAsync("n1", expires));
            Assert.False(await store.TryConsumeAsync("n1", expires));
        }

        var reopened = new LiteDbConsumedNonceStore(temp.Open(), temp.Time);
        Assert.False(await reopened.TryConsumeAsync("n1", expires));
        Assert.True(await reopened.TryConsumeAsync("n2", expires));
    }

    [Fact]
    public async Task TheActivityLog_ListsEveryonesQuestionsSinceADate_NewestFirst_WithPlatformAndUser()
    {
        using var temp = new TempDatabase();
        var database = temp.Open();
        var history = new LiteDbQuestionHistory(database, temp.Time);
        await history.RecordAsync(ChatPlatform.Slack, "T1", "U1", "too old", AnswerStatus.Answered);
        temp.Time.Advance(TimeSpan.FromDays(2));
        var since = temp.Time.GetUtcNow();
        await history.RecordAsync(ChatPlatform.Discord, null, "42", "first", AnswerStatus.NotFound);
        temp.Time.Advance(TimeSpan.FromMinutes(1));
        await history.RecordAsync(ChatPlatform.Slack, "T1", "U2", "second", AnswerStatus.Answered);
        await new LiteDbFeedbackStore(database).RecordAsync(new Feedback("a1", "q", "a", ChatPlatform.Slack, "U2", -1, temp.Time.GetUtcNow()));

        var log = new LiteDbActivityLog(database);
        var questions = await log.QuestionsSinceAsync(since, 10);

        Assert.Equal([(ChatPlatform.Slack, "T1", "U2", "second"), (ChatPlatform.Discord, null, "42", "first")], questions.Select(q => (q.Platform, q.WorkspaceId, q.UserId, q.Question)));
        Assert.Equal(AnswerStatus.NotFound, questions[1].Status);
        Assert.Equal(-1, Assert.Single(await log.FeedbackSinceAsync(since, 10)).Vote);
    }
}
