using System.Collections.Concurrent;
using ChatBot.Core.Answers;

namespace ChatBot.UnitTests.Generation;

internal sealed class DictionaryAnswerCache : IAnswerCache
{
    public ConcurrentDictionary<string, AnswerResult> Entries { get; } = new();

    public ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Entries.TryGetValue(key.Id, out var answer) ? answer : null);

    public ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default)
    {
        Entries[key.Id] = answer;
        return ValueTask.CompletedTask;
    }

    public ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default) => ValueTask.FromResult(0);
}
