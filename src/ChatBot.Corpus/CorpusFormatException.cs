namespace ChatBot.Corpus;

/// <summary>A corpus file is malformed; the message is the reason shown to whoever maintains the corpus.</summary>
public sealed class CorpusFormatException(string message) : Exception(message);
