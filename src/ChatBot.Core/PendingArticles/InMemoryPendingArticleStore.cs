namespace ChatBot.Core.PendingArticles;

/// <summary>The queue in memory: the default without a database (lost on restart).</summary>
public sealed class InMemoryPendingArticleStore : IPendingArticleStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, PendingArticle> articles = new(StringComparer.Ordinal);

    public ValueTask<bool> SaveAsync(PendingArticle article, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            articles[article.Id] = article;
        }

        return ValueTask.FromResult(true);
    }

    public ValueTask<PendingArticle?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(articles.GetValueOrDefault(id));
        }
    }

    public ValueTask<bool> TryDecideAsync(PendingArticle decided, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!articles.TryGetValue(decided.Id, out var current) || current.Status != PendingArticleStatus.Pending)
            {
                return ValueTask.FromResult(false);
            }

            articles[decided.Id] = decided;
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<IReadOnlyList<PendingArticle>> ListAsync(PendingArticleStatus? status, int limit, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<PendingArticle> list = [.. articles.Values.Where(a => status is null || a.Status == status).OrderByDescending(a => a.RequestedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal).Take(limit)];
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(articles.Values.Any(a => a.Source == source));
        }
    }
}
