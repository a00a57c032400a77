namespace ChatBot.Core.PendingArticles;

/// <summary>
/// The queue of articles waiting for a moderator, and what became of them (records are kept: an approved or rejected
/// feed item must not be offered again).
/// </summary>
public interface IPendingArticleStore
{
    /// <summary>Adds or replaces the article with its <see cref="PendingArticle.Id"/>; false when it could not be stored.</summary>
    ValueTask<bool> SaveAsync(PendingArticle article, CancellationToken cancellationToken = default);

    ValueTask<PendingArticle?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a pending article to <paramref name="decided"/>'s status in one step; false (and nothing changed) when it
    /// is no longer pending, so two moderators pressing at once cannot both decide it.
    /// </summary>
    ValueTask<bool> TryDecideAsync(PendingArticle decided, CancellationToken cancellationToken = default);

    /// <summary>Newest first; <paramref name="status"/> null lists every status.</summary>
    ValueTask<IReadOnlyList<PendingArticle>> ListAsync(PendingArticleStatus? status, int limit, CancellationToken cancellationToken = default);

    /// <summary>True when an article from this address was ever queued, whatever became of it.</summary>
    ValueTask<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default);
}
