using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Evaluation;

/// <summary>Scores a corpus index's timeline against tests/evaluation/timeline-labels.jsonl, sentence by sentence.</summary>
public static partial class TimelineEvaluator
{
    public static IReadOnlyList<TimelineLabel> Load() =>
        [.. File.ReadLines(EvaluationSet.RepositoryPath("tests", "evaluation", "timeline-labels.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<TimelineLabel>(line) ?? throw new InvalidDataException($"bad line in timeline-labels.jsonl: {line}"))];

    /// <summary>Every article paragraph sentence that holds a year, a month, a decade or a relative time phrase.</summary>
    public static IEnumerable<(string ArticleId, string Sentence)> DatedLookingSentences(CorpusIndex corpus) =>
        corpus.Passages.Where(p => p.Kind == BlockKind.Paragraph)
            .SelectMany(p => p.Sentences.Select(s => (p.ArticleId, Sentence: s.Slice(corpus.ArticleOf(p).Text))))
            .Where(s => DatedLooking().IsMatch(s.Sentence));

    public static TimelineMetrics Evaluate(CorpusIndex corpus, IReadOnlyList<TimelineLabel> labels)
    {
        var predicted = corpus.Timeline
            .SelectMany(e => e.Sources.Select(s => (Key: (s.ArticleId, s.Quote), e.Date.Label)))
            .ToLookup(x => x.Key, x => x.Label);
        var gold = labels.ToDictionary(l => (l.ArticleId, l.Sentence), l => l.Events);
        var mistakes = new List<string>();
        int found = 0, right = 0;
        foreach (var key in gold.Keys.Union(predicted.Select(g => g.Key)))
        {
            var said = predicted[key].ToList();
            var truth = gold.TryGetValue(key, out var events) ? events.ToList() : [];
            found += Math.Min(said.Count, truth.Count);
            var dated = truth.Where(t => said.Remove(t)).Count();
            right += dated;
            if (said.Count > 0 || truth.Count > dated)
            {
                mistakes.Add($"{Shorten(key.Item2)}: timeline [{string.Join(", ", predicted[key])}], labelled [{string.Join(", ", truth)}]");
            }
        }

        return new TimelineMetrics(labels.Sum(l => l.Events.Count), predicted.Sum(g => g.Count()), found, right, mistakes);
    }

    private static string Shorten(string sentence) => sentence.Length <= 70 ? sentence : sentence[..70] + "…";

    [GeneratedRegex(@"\b(1[89]|20)\d{2}\b|\b\d0s\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(last|this|next|recent|past) years?\b|\bdecades?\b")]
    private static partial Regex DatedLooking();
}
