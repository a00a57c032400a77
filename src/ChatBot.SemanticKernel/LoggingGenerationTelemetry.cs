using ChatBot.Core.Generation;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatBot.SemanticKernel;

/// <summary>
/// Logs the generated answer path with counts, verdicts and error kinds only: never the question, the passages,
/// the model's text or an exception message (which may echo a response body).
/// </summary>
internal sealed class LoggingGenerationTelemetry(ILogger<LoggingGenerationTelemetry> logger) : IGenerationTelemetry
{
    public void Checked(IReadOnlyList<CheckedSentence> sentences, double elapsedMs)
    {
        var dropped = sentences.Where(s => !s.IsSupported).GroupBy(s => s.Verdict).Select(g => $"{g.Key}×{g.Count()}");
        logger.LogInformation("Generated answer checked in {ElapsedMs:F0} ms: {Kept} sentences kept, dropped: {Dropped}", elapsedMs, sentences.Count(s => s.IsSupported), string.Join(", ", dropped));
    }

    public void FellBack(GenerationFallback reason, double elapsedMs, Exception? error = null)
    {
        if (reason is GenerationFallback.Timeout or GenerationFallback.Failed)
        {
            logger.LogWarning("Sent the extractive answer: the model {Reason} after {ElapsedMs:F0} ms ({Error})", reason == GenerationFallback.Timeout ? "timed out" : "failed", elapsedMs, Describe(error));
        }
        else
        {
            logger.LogInformation("Sent the extractive answer: {Reason} after {ElapsedMs:F0} ms", reason, elapsedMs);
        }
    }

    public void VectorSearchFailed(Exception error) =>
        logger.LogWarning("Vector search failed ({Error}); answering from lexical passages only", Describe(error));

    private static string Describe(Exception? error) => error switch
    {
        null => "no error",
        HttpOperationException { StatusCode: { } status } => $"{error.GetType().Name}, HTTP {(int)status}",
        HttpRequestException { StatusCode: { } status } => $"{error.GetType().Name}, HTTP {(int)status}",
        _ => error.GetType().Name,
    };
}
