using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answers;

/// <summary>
/// The answer pipeline around the engine: sanitise the question, look in the cache (keyed by the fingerprint of
/// the very index that will answer), answer, store, and time the whole thing.
/// </summary>
public sealed class AnswerService(AnswerEngine engine, ICorpusIndexProvider corpora, IAnswerCache cache, TimeProvider time) : IAnswerService
{
    public async Task<AnswerResult> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var (clean, error) = QuestionSanitizer.Sanitize(question);
        if (error is not null)
        {
            return AnswerResult.Invalid(clean, error) with { ElapsedMs = Elapsed(started) };
        }

        var index = corpora.Current;
        var key = AnswerCacheKey.For(clean, index.Fingerprint);
        var useCache = (options ?? AskOptions.Default).UseCache;
        if (useCache && await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return cached with { Question = clean, Cached = true, ElapsedMs = Elapsed(started) };
        }

        var answer = engine.Answer(clean, index);
        if (useCache)
        {
            await cache.SetAsync(key, answer, cancellationToken);
        }

        return answer with { ElapsedMs = Elapsed(started) };
    }

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;
}
