namespace ChatBot.Core.Corpus;

public readonly record struct CorpusLoadProgress(int Done, int Total);
