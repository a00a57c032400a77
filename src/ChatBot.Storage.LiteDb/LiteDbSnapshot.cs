using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Conversations;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using ChatBot.Core.Storage.Copying;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Reads every record of a LiteDB file that another provider can take over (`chatbot db copy`), without writing a
/// byte of it: the file must pass the full check first (<see cref="DatabaseMaintenance.Check"/>), then it is read
/// over read-only streams with its lock held, so no `chatbot serve` writes it meanwhile. Seen events, replay records
/// and sign-in nonces past their time are left out. Any problem is one line in an <see cref="InvalidOperationException"/>.
/// </summary>
public static class LiteDbSnapshot
{
    public static StoreSnapshot Read(string databasePath, TimeProvider time)
    {
        var path = Path.GetFullPath(databasePath);
        var report = new DatabaseMaintenance(path, time).Check();
        if (report.State == DatabaseState.Unopened)
        {
            throw Refused($"there is no LiteDB database at {path}");
        }

        if (!report.Healthy)
        {
            throw Refused($"database {path} {DatabaseStatus.Describe(report.State)}: {report.Reason}; nothing was copied");
        }

        var (taken, problem) = DatabaseLock.TryAcquire(path);
        using (taken)
        {
            if (problem == DatabaseLock.LockedReason)
            {
                throw Refused($"database {path} is in use by another process (is `chatbot serve` running?); stop it first");
            }

            ReadOnlyDatabase? readOnly = null;
            try
            {
                readOnly = ReadOnlyDatabase.Open(path);
                var snapshot = Read(readOnly.Database, time.GetUtcNow());
                readOnly.Dispose();
                return snapshot;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                readOnly?.Abandon();
                throw Refused($"database {path} could not be read ({DatabaseFailures.Describe(e)}); nothing was copied");
            }
        }
    }

    private static StoreSnapshot Read(LiteDatabase db, DateTimeOffset now)
    {
        var seenSince = now - InMemorySeenEventStore.DefaultRetention;
        return new StoreSnapshot
        {
            FactCards = All<FactCardDocument, FactCard>(db, "factcards", d => Json<FactCard>(d.Json)),
            Revisions = All<FactCardRevisionDocument, FactCardRevision>(db, "factcard_revisions", d => Json<FactCardRevision>(d.Json)),
            ModerationLog = All<ModerationLogDocument, CopiedModerationEntry>(db, "moderation_log", d =>
                new CopiedModerationEntry(d.Id, new ModerationEntry(Utc(d.At), Enum.Parse<ChatPlatform>(d.Platform), d.UserId, d.Action, d.Target, d.Outcome))),
            Feedback = All<FeedbackDocument, Feedback>(db, "feedback", d =>
                new Feedback(d.AnswerId, d.Question, d.Answer, Enum.Parse<ChatPlatform>(d.Platform), d.UserId, d.Vote, Utc(d.At), d.Reason, d.Comment)),
            Quizzes = All<QuizDocument, QuizQuestion>(db, "quizzes", d => Json<QuizQuestion>(d.Json)),
            QuizAnswers = All<QuizAnswerDocument, QuizAnswer>(db, "quiz_answers", d => new QuizAnswer(d.QuizId, d.UserId, null, d.Choice, d.Correct, Utc(d.At))),
            QuizScores = All<QuizScoreDocument, CopiedQuizScore>(db, "quiz_scores", Score),
            PendingArticles = All<PendingArticleDocument, PendingArticle>(db, LiteDbPendingArticleStore.CollectionName, d => Json<PendingArticle>(d.Json)),
            Archive = All<ArchivedAnswer, CopiedAnswer>(db, LiteDbAnswerArchive.Collection, d => new CopiedAnswer(d.Id, Utc(d.At), Json<AnswerResult>(d.Json))),
            SharedReplies = All<SharedReplyDocument, CopiedReply>(db, LiteDbSharedReplyStore.Collection, d => new CopiedReply(d.Id, Utc(d.At), ReplyJson.Read(d.Json) ?? throw new System.Text.Json.JsonException("a stored reply is empty"))),
            Conversations = All<ConversationDocument, CopiedConversation>(db, LiteDbConversationStore.Collection, d => new CopiedConversation(d.Id, new ConversationTurn(d.Question, Utc(d.At)))),
            Questions = All<AskedQuestionDocument, CopiedQuestion>(db, "asked_questions", d => new CopiedQuestion(d.Id, Question(d))),
            SeenEvents = [.. All<SeenEventDocument, TimedKey>(db, LiteDbSeenEventStore.CollectionName, d => new TimedKey(d.Id, Utc(d.At))).Where(e => e.At >= seenSince)],
            ReplayRecords = [.. All<ReplayRecordDocument, TimedKey>(db, LiteDbReplayStore.CollectionName, d => new TimedKey(d.Id, Utc(d.ExpiresAt))).Where(r => r.At > now)],
            Nonces = [.. All<ConsumedNonceDocument, TimedKey>(db, "admin_link_nonces", d => new TimedKey(d.Id, Utc(d.ExpiresAt))).Where(n => n.At >= now)],
        };
    }

    private static List<TRecord> All<TDocument, TRecord>(LiteDatabase db, string collection, Func<TDocument, TRecord> read) =>
        db.CollectionExists(collection) ? [.. db.GetCollection<TDocument>(collection).FindAll().Select(read)] : [];

    private static T Json<T>(string json) =>
        StoredJson.Read<T>(json) ?? throw new System.Text.Json.JsonException($"a stored {typeof(T).Name} is empty");

    /// <summary>The channel key is "platform:workspace:channel" (workspace "-" when none).</summary>
    private static CopiedQuizScore Score(QuizScoreDocument d)
    {
        var parts = d.Channel.Split(':', 3);
        return new CopiedQuizScore(Enum.Parse<ChatPlatform>(parts[0]), parts[1] == "-" ? null : parts[1], parts[2], d.UserId, d.DisplayName, d.Correct, d.Answered, Utc(d.FirstAt));
    }

    /// <summary>The person key is "platform:workspace:user" (workspace "-" when none).</summary>
    private static AskedQuestion Question(AskedQuestionDocument d)
    {
        var parts = d.Person.Split(':', 3);
        var status = Enum.TryParse<AnswerStatus>(d.Status, out var s) ? s : AnswerStatus.Answered;
        return new AskedQuestion(Enum.Parse<ChatPlatform>(parts[0]), parts[1] == "-" ? null : parts[1], parts[2], d.Question, status, Utc(d.At));
    }

    // Read-only, LiteDB cannot be told to hand dates back in UTC (that is a pragma it would write): it gives local time.
    private static DateTimeOffset Utc(DateTime at) =>
        new(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static InvalidOperationException Refused(string message) => new(message) { Source = "ChatBot" };
}
