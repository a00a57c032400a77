namespace ChatBot.Core.Answers;

/// <summary>
/// Stores answers by <see cref="AnswerCacheKey"/>, so a changed corpus or engine never serves a stale answer.
/// Implementations are thread-safe and never throw for storage trouble: a broken cache is a miss, not a failed answer.
/// </summary>
public interface IAnswerCache
{
    ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default);

    /// <summary>Removes entries of other fingerprints or engine versions and expired ones; returns how many.</summary>
    ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default);
}
