using System.Collections.Concurrent;
using ChatBot.Core.Answers;

namespace ChatBot.Core.Storage;

/// <summary>A bounded in-memory archive: for tests, and the fallback when the database cannot be opened.</summary>
public sealed class InMemoryAnswerArchive(int capacity = 5000) : IAnswerArchive
{
    private readonly ConcurrentDictionary<string, AnswerResult> answers = new(StringComparer.Ordinal);

    public ValueTask<string> SaveAsync(AnswerResult answer, CancellationToken cancellationToken = default)
    {
        if (answers.Count >= capacity)
        {
            answers.Clear();
        }

        var id = AnswerIds.For(answer);
        answers[id] = answer;
        return ValueTask.FromResult(id);
    }

    public ValueTask<AnswerResult?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(answers.TryGetValue(id, out var answer) ? answer : null);
}
