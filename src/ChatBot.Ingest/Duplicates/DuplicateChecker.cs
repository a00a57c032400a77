using ChatBot.Core.Corpus;
using ChatBot.Ingest.Extraction;

namespace ChatBot.Ingest.Duplicates;

/// <summary>
/// Finds the stored article a new one duplicates: the same canonical address, or near-duplicate text (five-word
/// shingles with a Jaccard similarity of at least <see cref="JaccardThreshold"/>, or one text at least
/// <see cref="ContainmentThreshold"/> inside the other) — a wire story republished by three sites is one article.
/// The corpus is small enough to compare exact shingle sets, so no MinHash sketch is needed.
/// </summary>
public static class DuplicateChecker
{
    public const double JaccardThreshold = 0.5;
    public const double ContainmentThreshold = 0.8;
    private const int MinimumShingles = 20;

    /// <summary>The id of the article it duplicates, or null.</summary>
    public static string? FindDuplicate(ExtractedArticle candidate, IEnumerable<Article> corpus)
    {
        var urls = new[] { candidate.CanonicalUrl, candidate.Source }.Select(CanonicalUrl.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var shingles = Shingles.Of(string.Join('\n', candidate.TextBlocks.Select(b => b.Text)));
        foreach (var article in corpus)
        {
            if (CanonicalUrl.Normalize(article.Url) is { } url && urls.Contains(url))
            {
                return article.Id;
            }

            var stored = Shingles.Of(article.Text);
            if (Math.Min(shingles.Count, stored.Count) >= MinimumShingles
                && (Shingles.Jaccard(shingles, stored) >= JaccardThreshold || Shingles.Containment(shingles, stored) >= ContainmentThreshold))
            {
                return article.Id;
            }
        }

        return null;
    }
}
