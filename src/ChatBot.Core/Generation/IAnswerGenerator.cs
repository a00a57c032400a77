namespace ChatBot.Core.Generation;

/// <summary>
/// A language model that words an answer from numbered passages (the port the Semantic Kernel adapter fills).
/// It returns the model's raw text; <see cref="GroundedWording"/> decides what of it may be shown.
/// </summary>
public interface IAnswerGenerator
{
    /// <summary>The model's name, for the cache key and the answer's <c>GeneratedBy</c>.</summary>
    string ModelId { get; }

    Task<string> GenerateAsync(GenerationPrompt prompt, CancellationToken cancellationToken = default);
}
