using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answers;

/// <summary>
/// An optional last step of <see cref="AnswerService"/>: words an answer the engine gave in other words (a language
/// model, checked sentence by sentence against the passages). It sees only answered questions — the engine's
/// declines stand — and returns the engine's own answer whenever it cannot do better.
/// </summary>
public interface IAnswerWording
{
    /// <summary>Part of the cache key, so answers worded under other rules or by another model are never served.</summary>
    string CacheVariant { get; }

    Task<WordedAnswer> WordAsync(string question, CorpusIndex index, AnswerResult extractive, CancellationToken cancellationToken);
}

/// <param name="Cacheable">False when the step failed and fell back, so a later ask tries it again.</param>
public readonly record struct WordedAnswer(AnswerResult Answer, bool Cacheable);
