namespace ChatBot.Core.Commands;

/// <summary>
/// The numbered sources of one article, shown as one source line with each quote under its own number: an answer
/// quoting three sentences of one article lists the article once ("[1] [3] Title"), and the markers [1] and [3] of
/// the body both resolve to that line. Sources are of one article when they name the same article id with the same
/// title, byline, date and link; a source without an article id stays alone. Groups keep the order of their first
/// number, and sources inside a group their own order.
/// </summary>
public sealed record ReplySourceGroup(IReadOnlyList<ReplySource> Sources)
{
    /// <summary>The article's details (every source of the group shares them).</summary>
    public ReplySource Article => Sources[0];

    /// <summary>"[1] [3]": the numbers the group answers to.</summary>
    public string Numbers => string.Join(' ', Sources.Select(s => $"[{s.N}]"));

    public static IReadOnlyList<ReplySourceGroup> Of(IReadOnlyList<ReplySource> sources)
    {
        var groups = new List<List<ReplySource>>();
        var byArticle = new Dictionary<(string, string, string?, string?, string?), List<ReplySource>>();
        foreach (var source in sources)
        {
            var key = (source.ArticleId, source.Title, source.Author, source.Published, source.Url);
            if (source.ArticleId.Length > 0 && byArticle.TryGetValue(key, out var group))
            {
                group.Add(source);
                continue;
            }

            group = [source];
            groups.Add(group);
            if (source.ArticleId.Length > 0)
            {
                byArticle[key] = group;
            }
        }

        return [.. groups.Select(g => new ReplySourceGroup(g))];
    }
}
