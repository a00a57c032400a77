using ChatBot.Core.Storage;

namespace ChatBot.Core.Admin;

/// <summary>Without a database nobody's questions are kept for the console: it shows none.</summary>
public sealed class EmptyActivityLog : IActivityLog
{
    public ValueTask<IReadOnlyList<AskedQuestion>> QuestionsSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<AskedQuestion>>([]);

    public ValueTask<IReadOnlyList<Feedback>> FeedbackSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Feedback>>([]);
}
