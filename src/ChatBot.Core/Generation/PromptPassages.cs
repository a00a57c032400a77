using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Search;

namespace ChatBot.Core.Generation;

/// <summary>
/// Chooses and numbers the passages a model reads: first those the extractive answer cites (so the model always
/// sees the evidence the engine answered from), then the lexical ranking, fused with the vector ranking by
/// reciprocal rank fusion when embeddings are on. A passage that reads like instructions to a model ("ignore the
/// previous instructions…") is withheld: it is still corpus text the extractive engine may quote, but it is never
/// put in front of the model.
/// </summary>
internal static class PromptPassages
{
    public static List<NumberedPassage> Choose(CorpusIndex index, AnswerResult extractive, IReadOnlyList<SearchHit> lexical, IReadOnlyList<Passage> semantic, int max)
    {
        var cited = extractive.Citations
            .Select(c => index.TryGetPassage(c.PassageId, out var passage) ? passage.Ordinal : -1)
            .Where(ordinal => ordinal >= 0)
            .Distinct()
            .ToList();
        var lexicalRanking = cited.Concat(lexical.Select(h => h.Passage.Ordinal)).Distinct().ToList();
        var ranking = semantic.Count == 0
            ? lexicalRanking
            : ReciprocalRankFusion.Fuse<int>([lexicalRanking, [.. semantic.Select(p => p.Ordinal)]]);
        return [.. cited.Concat(ranking).Distinct()
            .Where(ordinal => ManipulationDetector.Detect(index.Passages[ordinal].Text) != ManipulationKind.Injection)
            .Take(max)
            .Select((ordinal, i) => new NumberedPassage(i + 1, index.Passages[ordinal]))];
    }
}
