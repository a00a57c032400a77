using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

/// <summary>One record keeps everything an answer leaves behind, and what it kept is there after a restart.</summary>
public sealed class LiteDbAnswerRecordsTests
{
    private static readonly AnswerResult Sample = new("Who is Choi?", AnswerStatus.Answered, "An answer. [1]", [new Citation(1, "a", "T", null, null, null, null, "a#p1", "An answer.")], [], false, 3.2);

    [Fact]
    public async Task Record_KeepsCacheArchiveTurnHistoryAndSharedReply_AcrossARestart()
    {
        using var temp = new TempDatabase();
        var key = AnswerCacheKey.For(Sample.Question, "fp");
        var reply = new Reply { Kind = ReplyKind.Answer, Body = "Shared body" };
        var shared = new SharedReply(ReplyJson.IdOf(ReplyJson.Write(reply)), reply);
        using (var first = temp.Open())
        {
            await Records(temp, first).RecordAsync(new AnswerRecord(Sample)
            {
                Cache = [new AnswerCacheEntry(key, Sample)],
                Turn = ("conv", new ConversationTurn(Sample.Question, temp.Time.GetUtcNow())),
                Asked = new AskedQuestion(ChatPlatform.Slack, "T1", "U1", Sample.Question, AnswerStatus.Answered, temp.Time.GetUtcNow()),
                Shared = shared,
            });
        }

        using var second = temp.Open();
        Assert.Equal(Sample.Answer, (await temp.Cache(second).GetAsync(key))?.Answer);
        Assert.Equal(Sample.Answer, (await new LiteDbAnswerArchive(second, temp.Time).GetAsync(AnswerIds.For(Sample)))?.Answer);
        Assert.Equal(Sample.Question, (await Records(temp, second).LookupAsync("conv"))?.Question);
        Assert.Equal(Sample.Question, Assert.Single(await new LiteDbQuestionHistory(second, temp.Time).RecentAsync(ChatPlatform.Slack, "T1", "U1", 5)).Question);
        Assert.Equal("Shared body", (await new LiteDbSharedReplyStore(second, temp.Time).GetAsync(shared.Id))?.Body);
    }

    [Fact]
    public async Task Record_OfAnInvalidQuestion_ArchivesIt_AndLeavesTheConversationAlone()
    {
        using var temp = new TempDatabase();
        using var database = temp.Open();
        var records = Records(temp, database);
        var invalid = AnswerResult.Invalid("", "Please ask a question.");

        await records.RecordAsync(new AnswerRecord(invalid));

        Assert.NotNull(await new LiteDbAnswerArchive(database, temp.Time).GetAsync(AnswerIds.For(invalid)));
        Assert.Null(await records.LookupAsync("conv"));
    }

    private static LiteDbAnswerRecords Records(TempDatabase temp, ChatBotDatabase database) =>
        new(database, temp.Cache(database), new LiteDbAnswerArchive(database, temp.Time), new LiteDbConversationStore(database, temp.Time), new LiteDbSharedReplyStore(database, temp.Time));
}
