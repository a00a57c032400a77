namespace ChatBot.LoadGenerator.Measuring;

/// <summary>Evidence that the corpus was re-indexed and swapped in while the load ran.</summary>
internal sealed record ReloadObservation(
    string FingerprintBefore,
    string FingerprintAfter,
    int ArticlesBefore,
    int ArticlesAfter,
    double? ArticleWrittenAtMs,
    double? SwapSeenAtMs,
    int RequestsSpanningSwap,
    int RequestsAfterSwap,
    int ReloadsLogged,
    bool ProbeCitesNewArticle)
{
    /// <summary>The index changed, the server said so, requests ran across and after the swap, and the new article answers.</summary>
    public bool Observed =>
        FingerprintAfter != FingerprintBefore && ArticlesAfter == ArticlesBefore + 1 && SwapSeenAtMs is not null
        && ReloadsLogged > 0 && RequestsAfterSwap > 0 && ProbeCitesNewArticle;
}
