namespace ChatBot.Core.Ranking;

/// <summary>
/// The engine's models in both feature layouts: lexical (always there) and, when trained with a sentence encoder,
/// dense (the lexical features plus the semantic ones), with what the trainer recorded about both.
/// </summary>
public sealed record EvidenceModelSet(EvidenceModels Lexical, EvidenceModels? Dense)
{
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the models come from: "built-in", or "file:" and a hash of the file's content.</summary>
    public string Source { get; init; } = "built-in";

    public static EvidenceModelSet Untrained { get; } = new(EvidenceModels.Untrained, null);
}
