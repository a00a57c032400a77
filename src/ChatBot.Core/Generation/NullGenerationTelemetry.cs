namespace ChatBot.Core.Generation;

public sealed class NullGenerationTelemetry : IGenerationTelemetry
{
    public static NullGenerationTelemetry Instance { get; } = new();

    public void Checked(IReadOnlyList<CheckedSentence> sentences, double elapsedMs)
    {
    }

    public void FellBack(GenerationFallback reason, double elapsedMs, Exception? error = null)
    {
    }

    public void VectorSearchFailed(Exception error)
    {
    }
}
