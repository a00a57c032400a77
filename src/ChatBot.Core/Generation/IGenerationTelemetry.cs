namespace ChatBot.Core.Generation;

/// <summary>
/// Reports what happened on the generated answer path. Implementations must not record the question or any
/// generated text: counts, verdicts and reasons only.
/// </summary>
public interface IGenerationTelemetry
{
    void Checked(IReadOnlyList<CheckedSentence> sentences, double elapsedMs);

    void FellBack(GenerationFallback reason, double elapsedMs, Exception? error = null);

    /// <summary>Vector search failed or timed out; the answer goes on with lexical passages only.</summary>
    void VectorSearchFailed(Exception error);
}
