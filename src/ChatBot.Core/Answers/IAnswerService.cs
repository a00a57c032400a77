namespace ChatBot.Core.Answers;

/// <summary>Answers a question from the indexed articles, with citations, or says the articles don't cover it.</summary>
public interface IAnswerService
{
    Task<AnswerResult> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The answer without writing the cache: the entries to cache come back with it, for the caller's one record of
    /// the answer (<see cref="Storage.IAnswerRecords"/>). A service without a cache of its own returns none.
    /// </summary>
    async Task<PreparedAnswer> PrepareAsync(string question, CancellationToken cancellationToken = default) =>
        new(await AskAsync(question, cancellationToken: cancellationToken), []);
}
