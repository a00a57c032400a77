using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Conversations;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>
/// A LiteDB file with a few records of every kind `chatbot db copy` takes over, written through the real stores and
/// closed: two fact cards (three revisions), three moderation log entries, two votes, two quizzes with three answers
/// in three channel scores, two pending articles, two answers (archive, history, conversation; one shared reply), and
/// of each request guard one record still in force and one past its time at <see cref="Now"/>.
/// </summary>
internal static class EveryKindOfRecord
{
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the file is read: the first seen event, a replay record and a nonce have expired by then.</summary>
    public static readonly DateTimeOffset Now = Epoch + TimeSpan.FromHours(24) + TimeSpan.FromMinutes(10);

    /// <summary>The records per target table that are to be copied (those in force at <see cref="Now"/>).</summary>
    public static readonly IReadOnlyDictionary<string, int> Copied = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["fact_cards"] = 2, ["fact_card_revisions"] = 3, ["moderation_log"] = 3, ["feedback"] = 2, ["quiz_questions"] = 2, ["quiz_answers"] = 3,
        ["quiz_scores"] = 3, ["pending_articles"] = 2, ["answer_archive"] = 2, ["shared_replies"] = 1, ["conversations"] = 2, ["asked_questions"] = 2,
        ["seen_events"] = 1, ["replay_records"] = 1, ["consumed_nonces"] = 1,
    };

    public static readonly Reply SharedReply = new() { Kind = ReplyKind.Answer, Title = "Summit", Body = "In 2002." };

    public static async Task WriteAsync(string path)
    {
        var time = new FakeTimeProvider(Epoch);
        using var database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<ChatBotDatabase>.Instance, time);
        await new LiteDbSeenEventStore(database, time).TryMarkSeenAsync("Ev-old");
        time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(50));
        var at = time.GetUtcNow();

        var cards = new LiteDbFactCardStore(database);
        var (first, second) = (StoredRecords.Card(1), StoredRecords.Card(2));
        await cards.SaveAsync(first, 0, Revision(first, FactCardAction.Created));
        var edited = first with { Version = 2, Content = first.Content with { Title = "Card 1, edited" }, UpdatedAt = at };
        await cards.SaveAsync(edited, 1, Revision(edited, FactCardAction.Edited));
        await cards.SaveAsync(second, 0, Revision(second, FactCardAction.Created));

        var log = new LiteDbModerationLog(database);
        for (var i = 0; i < 3; i++)
        {
            await log.RecordAsync(new ModerationEntry(at.AddSeconds(i), ChatPlatform.Slack, $"U{i}", "factcard edit", $"card-{i}", "saved"));
        }

        var feedback = new LiteDbFeedbackStore(database);
        await feedback.RecordAsync(new Feedback("answer1", "When?", "In 2002.", ChatPlatform.Slack, "U1", 1, at));
        await feedback.RecordAsync(new Feedback("answer1", "When?", "In 2002.", ChatPlatform.Discord, "D1", -1, at, "wrong", "No."));

        var quiz = new LiteDbQuizStore(database);
        var (slack, discord) = (Quiz("q1", ChatPlatform.Slack, "T1", "C1", at), Quiz("q2", ChatPlatform.Discord, null, "DM1", at));
        await quiz.SaveAsync(slack);
        await quiz.SaveAsync(discord);
        await quiz.AnswerAsync(slack, new QuizAnswer("q1", "U1", "Ann", 1, true, at));
        await quiz.AnswerAsync(slack, new QuizAnswer("q1", "U2", null, 0, false, at));
        await quiz.AnswerAsync(discord, new QuizAnswer("q2", "D1", "Dee", 1, true, at));

        var pending = new LiteDbPendingArticleStore(database);
        await pending.SaveAsync(Article("p1", at));
        await pending.SaveAsync(Article("p2", at));
        await pending.TryDecideAsync(Article("p2", at) with { Status = PendingArticleStatus.Approved, DecidedBy = "U9", DecidedAt = at });

        var (archive, shared, conversations) = (new LiteDbAnswerArchive(database, time), new LiteDbSharedReplyStore(database, time), new LiteDbConversationStore(database, time));
        var cache = new LiteDbAnswerCache(database, Options.Create(new StorageOptions()), time, NullLogger<LiteDbAnswerCache>.Instance);
        var records = new LiteDbAnswerRecords(database, cache, archive, conversations, shared);
        await records.RecordAsync(Record(Answer("When did the summit take place?"), ChatPlatform.Slack, "T1", "U1", at, SharedReply));
        await records.RecordAsync(Record(Answer("Who returned in 2002?"), ChatPlatform.Discord, null, "D1", at, null));

        await new LiteDbSeenEventStore(database, time).TryMarkSeenAsync("Ev-new");
        await using (var replay = new LiteDbReplayStore(database, time))
        {
            await replay.TryRecordAsync("replay-old", at.AddMinutes(1));
            await replay.TryRecordAsync("replay-new", at.AddHours(1));
        }

        var nonces = new LiteDbConsumedNonceStore(database, time);
        await nonces.TryConsumeAsync("nonce-old", at.AddMinutes(5));
        await nonces.TryConsumeAsync("nonce-new", at.AddHours(1));
    }

    public static AnswerResult Answer(string question) => new(question, AnswerStatus.NotFound, $"Not covered: {question}", [], [], false, 0);

    private static FactCardRevision Revision(FactCard card, FactCardAction action) =>
        new(card.Slug, card.Version, action, "slack:U1", "Ann", card.UpdatedAt, [action.ToString()], card);

    private static QuizQuestion Quiz(string id, ChatPlatform platform, string? workspace, string channel, DateTimeOffset at) => new(
        id, new QuizDraft(QuizKind.Date, "In which year did the summit take place?", ["2000", "2002", "2004"], 1, "The summit took place in 2002.", "2002", "article-1", "article-1#1"),
        platform, workspace, channel, "U0", at, at.AddHours(1));

    private static PendingArticle Article(string id, DateTimeOffset at) => new()
    {
        Id = id,
        Source = $"https://example.org/news/{id}",
        Preview = new PendingArticlePreview($"News {id}", null, "Example", "2026-01-01", null, 120, "Opening words.", [], $"article-{id}"),
        ArticleJson = "{}",
        RequestedOn = ChatPlatform.Slack,
        RequestedBy = "U1",
        RequestedAt = at,
    };

    private static AnswerRecord Record(AnswerResult answer, ChatPlatform platform, string? workspace, string user, DateTimeOffset at, Reply? reply) => new(answer)
    {
        Turn = ($"{platform}:{workspace}:{user}", new ConversationTurn(answer.Question, at)),
        Asked = new AskedQuestion(platform, workspace, user, answer.Question, answer.Status, at),
        Shared = reply is null ? null : new SharedReply(ReplyJson.IdOf(ReplyJson.Write(reply)), reply),
    };
}
