namespace ChatBot.Core.Answers;

/// <summary>An answer and the cache entries it should leave, for a caller that stores everything at once (<see cref="Storage.IAnswerRecords"/>).</summary>
public sealed record PreparedAnswer(AnswerResult Answer, IReadOnlyList<AnswerCacheEntry> ToCache);
