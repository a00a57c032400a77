using ChatBot.Core.Indexing;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Answers;

/// <summary>
/// The one answer pipeline: clean the question, look in the cache (keyed by the fingerprint of the very index that
/// will answer and by everything else that decides the answer), let the engine answer or decline, let the optional
/// wording step reword an answer, store (or, through <see cref="PrepareAsync(string, CancellationToken)"/>, hand the
/// cache entries to the caller's one record), and time the whole thing. A question in another language gets a note
/// that the articles are in English, and when it finds nothing as asked, another try by the names in it.
/// </summary>
public sealed class AnswerService(AnswerEngine engine, ICorpusIndexProvider corpora, IAnswerCache cache, TimeProvider time, IAnswerWording? wording = null, LanguageIdentifier? languages = null) : IAnswerService
{
    private readonly LanguageIdentifier identifier = languages ?? LanguageIdentifier.Default;

    public async Task<AnswerResult> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(question, options ?? AskOptions.Default, cancellationToken);
        foreach (var entry in prepared.ToCache)
        {
            await cache.SetAsync(entry.Key, entry.Answer, cancellationToken);
        }

        return prepared.Answer;
    }

    public Task<PreparedAnswer> PrepareAsync(string question, CancellationToken cancellationToken = default) =>
        PrepareAsync(question, AskOptions.Default, cancellationToken);

    private async Task<PreparedAnswer> PrepareAsync(string question, AskOptions options, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (clean, error) = QuestionSanitizer.Sanitize(question);
        if (error is not null)
        {
            return new(AnswerResult.Invalid(clean, error) with { ElapsedMs = Elapsed(started) }, []);
        }

        var index = corpora.Current;
        var useCache = options.UseCache;
        var toCache = new List<AnswerCacheEntry>();
        var answer = await AnswerAsync(clean, index, useCache, toCache, cancellationToken);

        // The note follows from this question's own words, so it is added after the cache and never stored in it: a
        // cached answer cannot carry a note into a question in another language (or in English) that shares its key.
        if (identifier.Identify(clean) is { } language)
        {
            var names = identifier.NamesIn(clean, language);
            string? searched = null;
            if (answer.Status == AnswerStatus.NotFound && names.Length > 0 && names != clean
                && await AnswerAsync(names, index, useCache, toCache, cancellationToken) is { Status: AnswerStatus.Answered } byNames)
            {
                (answer, searched) = (byNames with { Question = clean }, names);
            }

            answer = answer with { LanguageNote = LanguageNotes.For(language, searched) };
        }

        return new(answer with { ElapsedMs = Elapsed(started) }, toCache);
    }

    private async Task<AnswerResult> AnswerAsync(string clean, CorpusIndex index, bool useCache, List<AnswerCacheEntry> toCache, CancellationToken cancellationToken)
    {
        // The key (a SHA-256 of the folded question) only when a cache will be asked: an uncached ask never needs it.
        var key = useCache ? AnswerCacheKey.For(clean, index.Fingerprint, wording is null ? engine.VariantFor(index) : $"{wording.CacheVariant}:{engine.VariantFor(index)}") : null;
        if (key is not null && await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return cached with { Question = clean, Cached = true, LanguageNote = null };
        }

        var answer = engine.Answer(clean, index);
        var cacheable = true;
        if (wording is not null && answer.Status == AnswerStatus.Answered)
        {
            (answer, cacheable) = await wording.WordAsync(clean, index, answer, cancellationToken);
        }

        if (key is not null && cacheable)
        {
            toCache.Add(new AnswerCacheEntry(key, answer));
        }

        return answer;
    }

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;
}
