using System.Collections.Concurrent;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>Recent questions in memory: for tests, and without a database. At most <paramref name="people"/> people are remembered.</summary>
public sealed class InMemoryQuestionHistory(TimeProvider time, int people = 10_000) : IQuestionHistory
{
    private readonly ConcurrentDictionary<string, List<AskedQuestion>> byPerson = new(StringComparer.Ordinal);

    public ValueTask RecordAsync(ChatPlatform platform, string? workspaceId, string userId, string question, AnswerStatus status, CancellationToken cancellationToken = default)
    {
        if (byPerson.Count >= people)
        {
            byPerson.Clear();
        }

        var asked = byPerson.GetOrAdd(Key(platform, workspaceId, userId), _ => []);
        lock (asked)
        {
            asked.Insert(0, new AskedQuestion(platform, workspaceId, userId, question, status, time.GetUtcNow()));
            if (asked.Count > IQuestionHistory.Kept)
            {
                asked.RemoveRange(IQuestionHistory.Kept, asked.Count - IQuestionHistory.Kept);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<AskedQuestion>> RecentAsync(ChatPlatform platform, string? workspaceId, string userId, int limit, CancellationToken cancellationToken = default)
    {
        if (!byPerson.TryGetValue(Key(platform, workspaceId, userId), out var asked))
        {
            return ValueTask.FromResult<IReadOnlyList<AskedQuestion>>([]);
        }

        var since = time.GetUtcNow() - IQuestionHistory.MaxAge;
        lock (asked)
        {
            return ValueTask.FromResult<IReadOnlyList<AskedQuestion>>([.. asked.Where(q => q.At >= since).Take(limit)]);
        }
    }

    internal static string Key(ChatPlatform platform, string? workspaceId, string userId) => $"{platform}:{workspaceId ?? "-"}:{userId}";
}
