namespace ChatBot.Core.Answers;

/// <summary>No caching: for --no-cache and when the database cannot be opened.</summary>
public sealed class NullAnswerCache : IAnswerCache
{
    public static NullAnswerCache Instance { get; } = new();

    public ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default) => ValueTask.FromResult<AnswerResult?>(null);

    public ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default) => ValueTask.FromResult(0);
}
