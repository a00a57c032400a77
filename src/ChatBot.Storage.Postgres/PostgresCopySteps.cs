using ChatBot.Core.Storage.Copying;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// The tables a <see cref="StoreSnapshot"/> is copied into, grouped by transaction (a fact card and its revisions in
/// one). Every write is an upsert on the table's key, so copying again changes nothing but what the source changed;
/// the two logs without a natural key are keyed by their source id (<c>source_id</c>, migration 0004). The stores'
/// own insert helpers are used where they exist.
/// </summary>
internal static class PostgresCopySteps
{
    private const string Text = "text";
    private const string Integer = "integer";

    public static IReadOnlyList<IReadOnlyList<CopyStep>> For(StoreSnapshot s) =>
    [
        [
            CopyStep.For("fact_cards", s.FactCards, (c, t, card, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO fact_cards (slug, version, is_deleted, needs_review, updated_at, card) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (slug) DO UPDATE SET version = EXCLUDED.version, is_deleted = EXCLUDED.is_deleted, needs_review = EXCLUDED.needs_review,
                    updated_at = EXCLUDED.updated_at, card = EXCLUDED.card
                """, ct, card.Slug, card.Version, card.IsDeleted, card.NeedsReview, card.UpdatedAt, Sql.ToJson(card)), ("slug", Text, card => card.Slug)),
            CopyStep.For("fact_card_revisions", s.Revisions, (c, t, revision, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO fact_card_revisions (slug, version, action, by_actor, at, revision) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (slug, version) DO UPDATE SET action = EXCLUDED.action, by_actor = EXCLUDED.by_actor, at = EXCLUDED.at, revision = EXCLUDED.revision
                """, ct, revision.Slug, revision.Version, revision.Action.ToString(), revision.By, revision.At, Sql.ToJson(revision)),
                ("slug", Text, r => r.Slug), ("version", Integer, r => r.Version)),
        ],
        [
            CopyStep.For("moderation_log", s.ModerationLog, (c, t, copied, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO moderation_log (source_id, at, platform, user_id, action, target, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (source_id) DO UPDATE SET at = EXCLUDED.at, platform = EXCLUDED.platform, user_id = EXCLUDED.user_id,
                    action = EXCLUDED.action, target = EXCLUDED.target, outcome = EXCLUDED.outcome
                """, ct, SourceId(copied.SourceId), copied.Entry.At, copied.Entry.Platform.ToString(), copied.Entry.UserId, copied.Entry.Action, copied.Entry.Target, copied.Entry.Outcome),
                ("source_id", Text, e => SourceId(e.SourceId))),
        ],
        [
            CopyStep.For("feedback", s.Feedback, PostgresFeedbackStore.UpsertAsync,
                ("answer_id", Text, f => f.AnswerId), ("platform", Text, f => f.Platform.ToString()), ("user_id", Text, f => f.UserId)),
        ],
        [
            CopyStep.For("quiz_questions", s.Quizzes, (c, t, question, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO quiz_questions (id, expires_at, question) VALUES ($1, $2, $3)
                ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at, question = EXCLUDED.question
                """, ct, question.Id, question.ExpiresAt, Sql.ToJson(question)), ("id", Text, q => q.Id)),
            CopyStep.For("quiz_answers", s.QuizAnswers, (c, t, answer, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO quiz_answers (quiz_id, user_id, choice, correct, at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (quiz_id, user_id) DO UPDATE SET choice = EXCLUDED.choice, correct = EXCLUDED.correct, at = EXCLUDED.at
                """, ct, answer.QuizId, answer.UserId, answer.Choice, answer.Correct, answer.At), ("quiz_id", Text, a => a.QuizId), ("user_id", Text, a => a.UserId)),
            CopyStep.For("quiz_scores", s.QuizScores, (c, t, score, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO quiz_scores (platform, workspace_id, channel_id, user_id, display_name, correct, answered, first_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (platform, workspace_id, channel_id, user_id) DO UPDATE SET display_name = EXCLUDED.display_name, correct = EXCLUDED.correct,
                    answered = EXCLUDED.answered, first_at = EXCLUDED.first_at
                """, ct, score.Platform.ToString(), score.WorkspaceId ?? "", score.ChannelId, score.UserId, score.DisplayName, score.Correct, score.Answered, score.FirstAt),
                ("platform", Text, q => q.Platform.ToString()), ("workspace_id", Text, q => q.WorkspaceId ?? ""), ("channel_id", Text, q => q.ChannelId), ("user_id", Text, q => q.UserId)),
        ],
        [CopyStep.For("pending_articles", s.PendingArticles, PostgresPendingArticleStore.UpsertAsync, ("id", Text, a => a.Id))],
        [CopyStep.For("answer_archive", s.Archive, (c, t, a, ct) => PostgresAnswerArchive.InsertAsync(c, t, a.Id, a.At, a.Answer, ct), ("id", Text, a => a.Id))],
        [CopyStep.For("shared_replies", s.SharedReplies, (c, t, r, ct) => PostgresSharedReplyStore.InsertAsync(c, t, r.Id, r.At, r.Reply, ct), ("id", Text, r => r.Id))],
        [CopyStep.For("conversations", s.Conversations, (c, t, k, ct) => PostgresConversationStore.RememberAsync(c, t, k.Conversation, k.Turn, ct), ("conversation", Text, k => k.Conversation))],
        [
            CopyStep.For("asked_questions", s.Questions, (c, t, copied, ct) => Sql.ExecuteAsync(c, t, """
                INSERT INTO asked_questions (source_id, platform, workspace_id, user_id, question, status, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (source_id) DO UPDATE SET platform = EXCLUDED.platform, workspace_id = EXCLUDED.workspace_id, user_id = EXCLUDED.user_id,
                    question = EXCLUDED.question, status = EXCLUDED.status, at = EXCLUDED.at
                """, ct, SourceId(copied.SourceId), copied.Question.Platform.ToString(), copied.Question.WorkspaceId ?? "", copied.Question.UserId, copied.Question.Question,
                copied.Question.Status.ToString(), copied.Question.At), ("source_id", Text, q => SourceId(q.SourceId))),
        ],
        [Guard("seen_events", "event_id", "seen_at", s.SeenEvents)],
        [Guard("replay_records", "key", "expires_at", s.ReplayRecords)],
        [Guard("consumed_nonces", "nonce", "expires_at", s.Nonces)],
    ];

    /// <summary>"litedb:42": the row's id in the LiteDB file it was copied from.</summary>
    public static string SourceId(long id) => "litedb:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A request guard's record: the later time wins, so a copy never shortens a guard already in force.</summary>
    private static CopyStep Guard(string table, string key, string time, IReadOnlyList<TimedKey> records) =>
        CopyStep.For(table, records, (c, t, r, ct) => Sql.ExecuteAsync(c, t,
            $"INSERT INTO {table} ({key}, {time}) VALUES ($1, $2) ON CONFLICT ({key}) DO UPDATE SET {time} = greatest({table}.{time}, EXCLUDED.{time})",
            ct, r.Key, r.At), (key, Text, r => r.Key));
}
