using System.Text.RegularExpressions;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Quiz;

/// <summary>
/// Builds a fill-in-the-blank question from a corpus sentence or a verified fact card's quote: the answer is
/// blanked everywhere it occurs (a sentence still showing it elsewhere is skipped), and two or three distractors
/// of the same kind come from elsewhere in the corpus: never the answer's value, never something the prompt shows.
/// </summary>
public sealed class QuizGenerator(TextAnalyzer analyzer)
{
    public const string Blank = "_____";
    private const float MinTopicCoverage = TimelineQuery.MinTopicCoverage;
    private const int MaxDistractors = 3;

    public QuizDraft? Generate(CorpusIndex corpus, IEnumerable<FactCard> cards, string? topic, Random random, out string? reason)
    {
        var material = QuizMaterial.For(corpus, analyzer);
        IEnumerable<QuizFact> facts = [.. material.Facts, .. CardFacts(corpus, cards)];
        if (topic is not null)
        {
            var plan = TopicPlan.For(corpus, topic);
            if (!plan.IsCovered)
            {
                reason = plan.NotCoveredReason(topic);
                return null;
            }

            var concepts = plan.Plan.Concepts.Where(c => c.IsKnown).Take(64).ToList();
            var total = concepts.Sum(c => c.Weight);
            facts = facts.Where(f => concepts.Where(c => c.Alternatives.Any(a => Array.BinarySearch(f.Terms, a.TermId) >= 0)).Sum(c => c.Weight) >= MinTopicCoverage * total);
        }

        foreach (var fact in facts.OrderBy(_ => random.Next()).ToList())
        {
            if (Build(fact, material, random) is { } draft)
            {
                reason = null;
                return draft;
            }
        }

        reason = topic is null ? "The indexed articles don't hold enough dates, numbers or names for a quiz question." : $"No quiz question can be made about \"{topic}\" from the indexed articles.";
        return null;
    }

    /// <summary>The question for one fact, or null when it has no fair blank or too few distractors.</summary>
    public static QuizDraft? Build(QuizFact fact, QuizMaterial material, Random random)
    {
        var answer = fact.Answer;
        var prompt = BlankOut(fact.Sentence, answer.Surface);
        if (prompt is null || answer.Label.Length > 70 || !material.Pools.TryGetValue(answer.Pool, out var pool))
        {
            return null;
        }

        var candidates = pool.Where(v => v.Key != answer.Key && v.Label != answer.Label && v.Label.Length <= 70
            && !prompt.Contains(v.Label, StringComparison.OrdinalIgnoreCase)
            && !v.Key.Contains(answer.Key, StringComparison.Ordinal) && !answer.Key.Contains(v.Key, StringComparison.Ordinal)).ToList();
        var distractors = answer.Kind == QuizKind.Number
            ? [.. candidates.OrderBy(v => Distance(v.Key, answer.Key)).ThenBy(v => v.Key, StringComparer.Ordinal).Take(MaxDistractors).Select(v => v.Label)]
            : candidates.OrderBy(_ => random.Next()).Take(MaxDistractors).Select(v => v.Label).ToList();
        if (distractors.Count < 2)
        {
            return null;
        }

        var choices = distractors.Append(answer.Label).OrderBy(_ => random.Next()).ToList();
        return new QuizDraft(answer.Kind, prompt, choices, choices.IndexOf(answer.Label), fact.Sentence, answer.Surface, fact.ArticleId, fact.PassageId);
    }

    /// <summary>The sentence with every whole-word occurrence of the answer blanked; null if it would still show it.</summary>
    public static string? BlankOut(string sentence, string surface)
    {
        var pattern = new Regex(@"(?<![\p{L}\p{N}\-])" + Regex.Escape(surface) + @"(?![\p{L}\p{N}\-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var blanked = pattern.Replace(sentence, Blank);
        return blanked == sentence || sentence.Contains(Blank, StringComparison.Ordinal) || blanked.Contains(surface, StringComparison.OrdinalIgnoreCase) ? null : blanked;
    }

    private IEnumerable<QuizFact> CardFacts(CorpusIndex corpus, IEnumerable<FactCard> cards)
    {
        foreach (var card in cards.Where(c => c is { IsDeleted: false, NeedsReview: false } && c.Content.Status == FactCardStatus.Verified))
        {
            foreach (var fact in card.Content.Facts.Where(f => QuoteCheck.Problem(corpus, f.ArticleId, f.Quote) is null))
            {
                var terms = QuizMaterial.Terms(corpus, analyzer, $"{fact.Quote} {card.Content.Title} {string.Join(' ', card.Content.Tags)}");
                var passage = QuoteCheck.PassageOf(corpus, fact.ArticleId, fact.Quote)?.Id ?? "";
                foreach (var answer in ClozeExtractor.Extract(fact.Quote, corpus.Article(fact.ArticleId).Published))
                {
                    yield return new QuizFact(answer, fact.Quote, fact.ArticleId, passage, terms);
                }
            }
        }
    }

    private static double Distance(string a, string b) =>
        decimal.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var y) && x > 0 && y > 0
            ? Math.Abs(Math.Log((double)x / (double)y))
            : double.MaxValue;
}
