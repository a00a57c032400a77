using ChatBot.Core.Embeddings;

namespace ChatBot.UnitTests.Generation;

/// <summary>Embeds a text as one of two directions: along "near" when it contains <paramref name="nearText"/> (or is a question), else across.</summary>
internal sealed class FakeEmbedder(string nearText) : ITextEmbedder
{
    public string ModelId => "fake-embedding";

    public List<string> Embedded { get; } = [];

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Embedded.AddRange(texts);
        return Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(t => t.Contains(nearText, StringComparison.Ordinal) || t.EndsWith('?') ? new[] { 2f, 0f } : [0.6f, 0.8f])]);
    }
}
