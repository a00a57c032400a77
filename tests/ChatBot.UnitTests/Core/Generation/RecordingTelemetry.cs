using ChatBot.Core.Generation;

namespace ChatBot.UnitTests.Generation;

internal sealed class RecordingTelemetry : IGenerationTelemetry
{
    public List<CheckedSentence> Sentences { get; } = [];

    public List<GenerationFallback> Fallbacks { get; } = [];

    public double CheckedMs { get; private set; }

    public void Checked(IReadOnlyList<CheckedSentence> sentences, double elapsedMs) => Sentences.AddRange(sentences);

    public void FellBack(GenerationFallback reason, double elapsedMs, Exception? error = null) => Fallbacks.Add(reason);

    public void VectorSearchFailed(Exception error)
    {
    }
}
