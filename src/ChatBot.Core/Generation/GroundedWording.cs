using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Generation;

/// <summary>
/// The wording step when a language model is configured (<see cref="IAnswerWording"/>). The extractive engine has
/// answered first and kept its gates: a question it declines never reaches the model. The model words an answer
/// from the retrieved passages; sentences the groundedness check cannot support are dropped, and if none survive,
/// or the model says the passages don't answer, times out or fails, the extractive answer is returned — and not
/// cached when the model failed, so a later ask tries again.
/// </summary>
public sealed class GroundedWording(
    AnswerEngine engine,
    IAnswerGenerator generator,
    TextAnalyzer analyzer,
    TimeProvider time,
    GroundedAnswerOptions? options = null,
    IGenerationTelemetry? telemetry = null,
    PassageEmbeddings? embeddings = null) : IAnswerWording
{
    /// <summary>Part of the cache key: bump it when the prompt or the check changes, so no answer made under the old rules is served.</summary>
    public const string RulesVersion = "1";

    private readonly GroundedAnswerOptions settings = options ?? new GroundedAnswerOptions();
    private readonly IGenerationTelemetry report = telemetry ?? NullGenerationTelemetry.Instance;

    public string CacheVariant => $"llm:{generator.ModelId}:{RulesVersion}";

    public async Task<WordedAnswer> WordAsync(string question, CorpusIndex index, AnswerResult extractive, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var passages = await PassagesAsync(question, index, extractive, linked.Token);
            var text = await generator.GenerateAsync(GroundedPrompt.Build(question, passages, index), linked.Token);
            if (GeneratedTextParser.IsNotInSources(text))
            {
                report.FellBack(GenerationFallback.NotInSources, Elapsed(started));
                return new(extractive, true);
            }

            var sentences = new GroundednessChecker(analyzer, settings.Groundedness).Check(GeneratedTextParser.Parse(text), passages, index);
            report.Checked(sentences, Elapsed(started));
            var kept = sentences.Where(s => s.IsSupported).ToList();
            if (kept.Count == 0)
            {
                report.FellBack(GenerationFallback.NothingSupported, Elapsed(started));
                return new(extractive, true);
            }

            return new(new GeneratedAnswerComposer(index).Compose(question, kept, generator.ModelId), true);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            report.FellBack(timeout.IsCancellationRequested ? GenerationFallback.Timeout : GenerationFallback.Failed, Elapsed(started), e);
            return new(extractive, false);
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
