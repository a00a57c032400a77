using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>
/// What the answer path's stores do on every provider: a record is read back by the buttons, the follow-up reader, the
/// asker's history and the console — on another replica too — and storage trouble never fails an answer.
/// </summary>
public abstract class AnswerStoreContract(IStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    public async Task Record_IsReadBackByEveryStore_OnAnotherReplica()
    {
        var answer = Answer("When did the summit take place?");
        var reply = new Reply { Kind = ReplyKind.Answer, Title = "Summit", Body = "In 2002." };
        var at = Provider.Time.GetUtcNow();

        await Stores.Answers.Records.RecordAsync(Record(answer, at, reply));
        var other = (await Provider.OpenAsync()).Answers;

        Assert.Equal(answer.Answer, (await other.Archive.GetAsync(AnswerIds.For(answer)))?.Answer);
        Assert.Equal(reply.Body, (await other.SharedReplies.GetAsync(ReplyJson.IdOf(ReplyJson.Write(reply))))?.Body);
        Assert.Equal(new ConversationTurn(answer.Question, at), await other.Records.LookupAsync("slack:T1:C1:U1"));
        Assert.Equal([answer.Question], (await other.History.RecentAsync(ChatPlatform.Slack, "T1", "U1", 5)).Select(q => q.Question));
        var asked = Assert.Single(await other.Activity.QuestionsSinceAsync(at, 10));
        Assert.Equal(new AskedQuestion(ChatPlatform.Slack, "T1", "U1", answer.Question, AnswerStatus.NotFound, at), asked);
        Assert.Null(await other.Archive.GetAsync("0000000000000000"));
    }

    [Fact]
    public async Task Conversation_IsForgottenAfterItsLifetime()
    {
        var at = Provider.Time.GetUtcNow();
        await Stores.Answers.Conversations.RememberAsync("c1", new ConversationTurn("Who returned in 2002?", at));

        Provider.Time.Advance(Conversation.Lifetime);
        Assert.NotNull(await Stores.Answers.Conversations.LastAsync("c1"));
        Provider.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await Stores.Answers.Conversations.LastAsync("c1"));
        Assert.Null(await Stores.Answers.Conversations.LastAsync("c2"));
    }

    [Fact]
    public async Task History_KeepsEachPersonsNewestQuestions_NewestFirst_AndForgetsOldOnes()
    {
        await Stores.Answers.History.RecordAsync(ChatPlatform.Slack, "T1", "U1", "An old question?", AnswerStatus.Answered);
        Provider.Time.Advance(IQuestionHistory.MaxAge + TimeSpan.FromMinutes(1));
        for (var i = 0; i < IQuestionHistory.Kept + 3; i++)
        {
            Provider.Time.Advance(TimeSpan.FromSeconds(1));
            await Stores.Answers.History.RecordAsync(ChatPlatform.Slack, "T1", "U1", $"Question {i}?", AnswerStatus.Answered);
        }

        await Stores.Answers.History.RecordAsync(ChatPlatform.Slack, "T2", "U1", "Elsewhere?", AnswerStatus.Invalid);

        var recent = await Stores.Answers.History.RecentAsync(ChatPlatform.Slack, "T1", "U1", 100);

        Assert.Equal(IQuestionHistory.Kept, recent.Count);
        Assert.Equal($"Question {IQuestionHistory.Kept + 2}?", recent[0].Question);
        Assert.DoesNotContain(recent, q => q.Question == "An old question?");
        Assert.Equal(AnswerStatus.Invalid, Assert.Single(await Stores.Answers.History.RecentAsync(ChatPlatform.Slack, "T2", "U1", 5)).Status);
        Assert.Equal(2, (await Stores.Answers.Activity.QuestionsSinceAsync(DateTimeOffset.MinValue, 2)).Count);
    }

    [Fact]
    public async Task Activity_ListsVotesSinceATime_NewestFirst()
    {
        var at = Provider.Time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await Stores.Feedback.RecordAsync(new Feedback($"answer{i}", "Q?", "A.", ChatPlatform.Discord, "U1", i == 2 ? -1 : 1, at.AddMinutes(i), i == 2 ? "wrong" : null));
        }

        var votes = await Stores.Answers.Activity.FeedbackSinceAsync(at.AddMinutes(1), 10);

        Assert.Equal(["answer2", "answer1"], votes.Select(v => v.AnswerId));
        Assert.Equal("wrong", votes[0].Reason);
    }

    [Fact]
    public async Task WithoutItsDatabase_AnAnswerIsStillRecorded_InMemory_AndNothingThrows()
    {
        var broken = Provider.OpenUnavailable().Answers;
        var answer = Answer("Who returned in 2002?");

        await broken.Records.RecordAsync(Record(answer, Provider.Time.GetUtcNow(), null));

        Assert.Equal(answer.Answer, (await broken.Archive.GetAsync(AnswerIds.For(answer)))?.Answer);
        Assert.Equal(answer.Question, (await broken.Records.LookupAsync("slack:T1:C1:U1"))?.Question);
        Assert.Empty(await broken.History.RecentAsync(ChatPlatform.Slack, "T1", "U1", 5));
        Assert.Empty(await broken.Activity.QuestionsSinceAsync(DateTimeOffset.MinValue, 5));
    }

    private static AnswerResult Answer(string question) => new(question, AnswerStatus.NotFound, $"Not covered: {question}", [], [], false, 0);

    private static AnswerRecord Record(AnswerResult answer, DateTimeOffset at, Reply? reply) => new(answer)
    {
        Turn = ("slack:T1:C1:U1", new ConversationTurn(answer.Question, at)),
        Asked = new AskedQuestion(ChatPlatform.Slack, "T1", "U1", answer.Question, answer.Status, at),
        Shared = reply is null ? null : new SharedReply(ReplyJson.IdOf(ReplyJson.Write(reply)), reply),
    };
}
