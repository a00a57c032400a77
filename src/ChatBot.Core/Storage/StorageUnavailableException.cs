namespace ChatBot.Core.Storage;

/// <summary>
/// The one way a store reports that it could not do what was asked, when a person must hear about it (fact cards,
/// votes, the moderation log, quizzes): a read cannot answer "nothing there" when it could not look, and a write cannot
/// pretend. Best-effort stores (cache, archive, conversations, history, shared replies) never throw it: they miss.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
