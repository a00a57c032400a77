using ChatBot.Core.FactCards;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>Finds the card a command names, or the reply that says why it can't (no slug, a malformed one, an unknown one).</summary>
public sealed class FactCardLookup(FactCardService cards, IFactCardStore store)
{
    public async Task<(FactCard? Card, Reply? Miss)> FindAsync(string? slugOption, string subcommand, bool includeDeleted = false, CancellationToken cancellationToken = default)
    {
        if (slugOption is null)
        {
            return (null, FactCardMessages.NeedSlug(subcommand));
        }

        var slug = slugOption.Trim().ToLowerInvariant();
        if (!FactCardLimits.IsSlug(slug))
        {
            return (null, FactCardMessages.InvalidSlug(slugOption.Trim()));
        }

        var card = includeDeleted ? await store.GetAsync(slug, cancellationToken) : await cards.FindAsync(slug, cancellationToken);
        if (card is not null)
        {
            return (card, null);
        }

        var known = await cards.ListAsync(null, cancellationToken);
        var similar = known.Select(c => c.Slug).Where(s => s.Contains(slug, StringComparison.Ordinal) || slug.Contains(s, StringComparison.Ordinal) || Distance(s, slug) <= 3);
        return (null, FactCardMessages.Unknown(slug, similar));
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
