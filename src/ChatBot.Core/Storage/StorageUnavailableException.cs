namespace ChatBot.Core.Storage;

/// <summary>A store that must not answer "nothing there" when it cannot look (fact cards) throws this instead.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
