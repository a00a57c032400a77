using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Drafts a card on a topic from the corpus: the best-supported sentences on it (each sentence must hold at least
/// half of the topic's weight), each an exact corpus sentence with its article as the citation. The summary is
/// left for the moderator to write, and the status is "unverified" until a moderator says otherwise.
/// </summary>
public sealed class FactCardDrafter
{
    public const int MaxFacts = 5;
    private const float MinCoverage = 0.5f;
    private const int Passages = 10;

    /// <summary>The draft, or null with the reason when the corpus says too little about the topic.</summary>
    public FactCardDraft? Draft(CorpusIndex corpus, string topic, out string? reason)
    {
        var clean = MentionNeutralizer.Neutralize(topic.Trim());
        var plan = TopicPlan.For(corpus, clean);
        if (!plan.IsCovered)
        {
            reason = plan.NotCoveredReason(clean) + " Nothing to draft.";
            return null;
        }

        var hits = RetrievalContext.For(corpus).Searcher.Search(plan.Plan, Passages);
        var facts = new List<FactCardFact>();
        var length = 0;
        foreach (var sentence in EvidenceCollector.Collect(corpus, plan.Plan, hits))
        {
            if (facts.Count >= MaxFacts)
            {
                break;
            }

            var fact = new FactCardFact(sentence.Text, sentence.Hit.Passage.ArticleId, sentence.Text);
            var size = FactCardText.FormatFacts([fact]).Length + 2;
            if (sentence.Coverage < MinCoverage || sentence.Hit.Passage.Kind != BlockKind.Paragraph || sentence.Text.Length is < FactCardLimits.QuoteMin or > FactCardLimits.QuoteMax
                || facts.Any(f => f.Quote == fact.Quote) || length + size > FactCardLimits.FactsTextMax)
            {
                continue;
            }

            facts.Add(fact);
            length += size;
        }

        if (facts.Count == 0)
        {
            reason = $"No sentence in the indexed articles is clearly about \"{clean}\". Nothing to draft.";
            return null;
        }

        reason = null;
        var tag = clean.ToLowerInvariant();
        var content = new FactCardContent(Title(clean), "", facts, FactCardStatus.Unverified, tag.Length <= FactCardLimits.TagMax ? [tag] : []);
        return new FactCardDraft(Slugify(clean), content, clean);
    }

    /// <summary>"Pyongyang summit, 2002!" → "pyongyang-summit-2002"; at most <see cref="FactCardLimits.SlugMax"/> characters.</summary>
    public static string Slugify(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        result = result.Length <= FactCardLimits.SlugMax ? result : result[..FactCardLimits.SlugMax].TrimEnd('-');
        return result.Length >= FactCardLimits.SlugMin ? result : $"card-{result}".TrimEnd('-').PadRight(FactCardLimits.SlugMin, '0');
    }

    private static string Title(string topic)
    {
        var title = topic.Length <= FactCardLimits.TitleMax ? topic : topic[..FactCardLimits.TitleMax];
        return title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];
    }
}
