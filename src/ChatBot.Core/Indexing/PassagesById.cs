using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Passages by id without a table of ids: an id "{articleId}#p{n}" is the n-th passage from the article's first, so only
/// each article's first position is kept (a dictionary of every id cost 3.5 MB, its keys another 7 MB, at 120,000
/// passages). A passage whose id is not made that way, or that is not where its number says, is kept in a small table.
/// </summary>
internal sealed class PassagesById : IReadOnlyDictionary<string, Passage>
{
    private readonly IReadOnlyList<Passage> passages;
    private readonly Dictionary<string, int> firstOfArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> firstOfArticleBySpan;
    private readonly Dictionary<string, Passage> others = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">Two passages have the same id.</exception>
    public PassagesById(IReadOnlyList<Passage> passages)
    {
        this.passages = passages;
        firstOfArticleBySpan = firstOfArticle.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < passages.Count; i++)
        {
            if (passages[i].NumberInArticle == 1)
            {
                firstOfArticle.TryAdd(passages[i].ArticleId, i);
            }
        }

        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (passage.NumberInArticle > 0 && firstOfArticle.TryGetValue(passage.ArticleId, out var first) && first + passage.NumberInArticle - 1L == i)
            {
                continue;
            }

            // Made(id) is complete once every article's first position is known, so this also finds a made id taken twice.
            var id = passage.Id;
            if (Made(id) is not null || !others.TryAdd(id, passage))
            {
                throw new ArgumentException($"Two passages have the id {id}.", nameof(passages));
            }
        }
    }

    public int Count => passages.Count;

    public IEnumerable<string> Keys => passages.Select(p => p.Id);

    public IEnumerable<Passage> Values => passages;

    public Passage this[string key] => TryGetValue(key, out var passage) ? passage : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Passage value)
    {
        value = Made(key) ?? others.GetValueOrDefault(key);
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, Passage>> GetEnumerator() => passages.Select(p => KeyValuePair.Create(p.Id, p)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The passage whose made id is <paramref name="id"/>, read as article id, "#p" and a number without sign or leading zero.</summary>
    private Passage? Made(ReadOnlySpan<char> id)
    {
        var separator = id.LastIndexOf("#p", StringComparison.Ordinal);
        if (separator < 0)
        {
            return null;
        }

        var digits = id[(separator + 2)..];
        return digits.Length > 0 && digits[0] != '0' && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && firstOfArticleBySpan.TryGetValue(id[..separator], out var first) ? At(first, id[..separator], number) : null;
    }

    private Passage? At(int first, ReadOnlySpan<char> articleId, int number)
    {
        var position = (long)first + number - 1;
        if (position >= passages.Count)
        {
            return null;
        }

        var passage = passages[(int)position];
        return passage.NumberInArticle == number && articleId.SequenceEqual(passage.ArticleId) ? passage : null;
    }
}
