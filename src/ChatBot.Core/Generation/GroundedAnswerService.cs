using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Generation;

/// <summary>
/// The answer pipeline when a language model is configured. The extractive engine answers first and keeps its
/// gates: a question it declines (not covered, manipulation, missing names) is declined without asking the model.
/// Otherwise the model words an answer from the retrieved passages; sentences the groundedness check cannot
/// support are dropped, and if none survive, or the model says the passages don't answer, times out or fails, the
/// extractive answer is returned. Generated answers are cached apart from extractive ones; failures are not cached.
/// </summary>
public sealed class GroundedAnswerService(
    AnswerEngine engine,
    ICorpusIndexProvider corpora,
    IAnswerGenerator generator,
    TextAnalyzer analyzer,
    IAnswerCache cache,
    TimeProvider time,
    GroundedAnswerOptions? options = null,
    IGenerationTelemetry? telemetry = null,
    PassageEmbeddings? embeddings = null) : IAnswerService
{
    /// <summary>Part of the cache key: bump it when the prompt or the check changes, so no answer made under the old rules is served.</summary>
    public const string RulesVersion = "1";

    private readonly GroundedAnswerOptions settings = options ?? new GroundedAnswerOptions();
    private readonly IGenerationTelemetry report = telemetry ?? NullGenerationTelemetry.Instance;

    public async Task<AnswerResult> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var (clean, error) = QuestionSanitizer.Sanitize(question);
        if (error is not null)
        {
            return AnswerResult.Invalid(clean, error) with { ElapsedMs = Elapsed(started) };
        }

        var index = corpora.Current;
        var key = AnswerCacheKey.For(clean, index.Fingerprint, $"llm:{generator.ModelId}:{RulesVersion}");
        var useCache = (options ?? AskOptions.Default).UseCache;
        if (useCache && await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return cached with { Question = clean, Cached = true, ElapsedMs = Elapsed(started) };
        }

        var extractive = engine.Answer(clean, index);
        var (answer, cacheable) = extractive.Status == AnswerStatus.Answered
            ? await GenerateAsync(clean, index, extractive, started, cancellationToken)
            : (extractive, true);
        if (useCache && cacheable)
        {
            await cache.SetAsync(key, answer, cancellationToken);
        }

        return answer with { ElapsedMs = Elapsed(started) };
    }

    private async Task<(AnswerResult Answer, bool Cacheable)> GenerateAsync(string question, CorpusIndex index, AnswerResult extractive, long started, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var passages = await PassagesAsync(question, index, extractive, linked.Token);
            var text = await generator.GenerateAsync(GroundedPrompt.Build(question, passages, index), linked.Token);
            if (GeneratedTextParser.IsNotInSources(text))
            {
                report.FellBack(GenerationFallback.NotInSources, Elapsed(started));
                return (extractive, true);
            }

            var sentences = new GroundednessChecker(analyzer, settings.Groundedness).Check(GeneratedTextParser.Parse(text), passages, index);
            report.Checked(sentences, Elapsed(started));
            var kept = sentences.Where(s => s.IsSupported).ToList();
            if (kept.Count == 0)
            {
                report.FellBack(GenerationFallback.NothingSupported, Elapsed(started));
                return (extractive, true);
            }

            return (new GeneratedAnswerComposer(index).Compose(question, kept, generator.ModelId), true);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            report.FellBack(timeout.IsCancellationRequested ? GenerationFallback.Timeout : GenerationFallback.Failed, Elapsed(started), e);
            return (extractive, false);
        }
    }

    private async Task<List<NumberedPassage>> PassagesAsync(string question, CorpusIndex index, AnswerResult extractive, CancellationToken cancellationToken)
    {
        var lexical = engine.Retrieve(question, index, settings.MaxPassages);
        IReadOnlyList<Passage> semantic = [];
        if (embeddings is not null)
        {
            try
            {
                semantic = await embeddings.NearestAsync(question, index, settings.MaxPassages, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                report.VectorSearchFailed(e);
            }
        }

        return PromptPassages.Choose(index, extractive, lexical, semantic, settings.MaxPassages);
    }

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;
}
