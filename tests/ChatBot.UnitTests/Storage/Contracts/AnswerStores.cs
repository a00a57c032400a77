using ChatBot.Core.Admin;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>The stores every answer writes through <see cref="IAnswerRecords"/>, and the console's read of them.</summary>
public sealed record AnswerStores(
    IAnswerRecords Records,
    IAnswerArchive Archive,
    ISharedReplyStore SharedReplies,
    IConversationStore Conversations,
    IQuestionHistory History,
    IActivityLog Activity);
