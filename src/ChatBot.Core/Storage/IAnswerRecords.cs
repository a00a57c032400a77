using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>
/// The answer path's storage in two calls: one look-up before answering (the conversation's previous question, for
/// reading a follow-up) and one record after (everything the answer leaves behind). The stores behind it
/// (<see cref="Answers.IAnswerCache"/>, <see cref="IAnswerArchive"/>, <see cref="IConversationStore"/>,
/// <see cref="IQuestionHistory"/>, <see cref="ISharedReplyStore"/>) still serve the buttons and pages that read them.
/// Storage trouble never fails an answer: a look-up that cannot look finds nothing, a record that cannot be written
/// keeps what it can in memory.
/// </summary>
public interface IAnswerRecords
{
    /// <summary>The conversation's previous turn; null when there is none, it has expired, or storage is unavailable.</summary>
    ValueTask<ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default);

    /// <summary>Keeps the record in one call (the database plug-in: one transaction).</summary>
    ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default);
}
