namespace ChatBot.Core.Corpus;

/// <summary>
/// What a corpus folder yielded: the articles that loaded, the files that did not (one reason each), and
/// warnings about files that loaded but deserve a look (an unknown front-matter key, a dropped bad URL).
/// </summary>
public sealed record CorpusLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<RejectedFile> Rejected)
{
    public IReadOnlyList<RejectedFile> Warnings { get; init; } = [];

    /// <summary>The content fingerprint of exactly the bytes that were loaded (see <see cref="ICorpusSource.ComputeFingerprintAsync"/>).</summary>
    public string Fingerprint { get; init; } = "";
}
