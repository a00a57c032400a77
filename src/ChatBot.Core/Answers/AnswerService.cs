using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answers;

/// <summary>
/// The one answer pipeline: clean the question, look in the cache (keyed by the fingerprint of the very index that
/// will answer and by everything else that decides the answer), let the engine answer or decline, let the optional
/// wording step reword an answer, store, and time the whole thing.
/// </summary>
public sealed class AnswerService(AnswerEngine engine, ICorpusIndexProvider corpora, IAnswerCache cache, TimeProvider time, IAnswerWording? wording = null) : IAnswerService
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
        var variant = wording is null ? engine.VariantFor(index) : $"{wording.CacheVariant}:{engine.VariantFor(index)}";
        var key = AnswerCacheKey.For(clean, index.Fingerprint, variant);
        var useCache = (options ?? AskOptions.Default).UseCache;
        if (useCache && await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return cached with { Question = clean, Cached = true, ElapsedMs = Elapsed(started) };
        }

        var answer = engine.Answer(clean, index);
        var cacheable = true;
        if (wording is not null && answer.Status == AnswerStatus.Answered)
        {
            (answer, cacheable) = await wording.WordAsync(clean, index, answer, cancellationToken);
        }

        if (useCache && cacheable)
        {
            await cache.SetAsync(key, answer, cancellationToken);
        }

        return answer with { ElapsedMs = Elapsed(started) };
    }

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;
}
