namespace ChatBot.Core.Generation;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): an item scores Σ 1/(k + rank) over the rankings it
/// appears in, so agreement between rankings wins without comparing their incomparable scores.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>The items of all rankings, best first; ties keep the order of first appearance.</summary>
    public static List<T> Fuse<T>(IEnumerable<IReadOnlyList<T>> rankings, int k = DefaultK)
        where T : notnull
    {
        var scores = new Dictionary<T, (double Score, int FirstSeen)>();
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var item = ranking[rank];
                var (score, firstSeen) = scores.TryGetValue(item, out var existing) ? existing : (0, scores.Count);
                scores[item] = (score + (1.0 / (k + rank + 1)), firstSeen);
            }
        }

        return [.. scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Value.FirstSeen).Select(s => s.Key)];
    }
}
