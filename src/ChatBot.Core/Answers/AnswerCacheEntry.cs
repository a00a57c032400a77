namespace ChatBot.Core.Answers;

/// <summary>An answer to keep in the <see cref="IAnswerCache"/> under its key.</summary>
public sealed record AnswerCacheEntry(AnswerCacheKey Key, AnswerResult Answer);
