namespace ChatBot.Core.Corpus;

/// <summary>Reads a corpus folder. Implementations never throw for a bad file: they report it in the result.</summary>
public interface ICorpusSource
{
    /// <summary>
    /// A fingerprint of the folder's content (every supported file's path and bytes) without parsing anything,
    /// so a cached index can be reused when nothing changed.
    /// </summary>
    Task<string> ComputeFingerprintAsync(string directory, CancellationToken cancellationToken = default);

    /// <summary>The corpus's lexicon file, if it has one; a broken file yields an empty lexicon and the reason.</summary>
    Task<LexiconDefinition> LoadLexiconAsync(string directory, CancellationToken cancellationToken = default);

    Task<CorpusLoadResult> LoadAsync(string directory, IProgress<CorpusLoadProgress>? progress = null, CancellationToken cancellationToken = default);
}
