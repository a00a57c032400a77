using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Checks a card before it is saved: slug, sizes, and every quote verbatim in the current corpus and made of
/// whole sentences (a fragment is refused with the whole sentence to copy). A missing
/// source is filled in when the quote is in exactly one article. Moderators' own text loses mention syntax and
/// line breaks where a single line is expected; quotes are never touched.
/// </summary>
public static class FactCardValidator
{
    public static FactCardValidation Validate(string slug, FactCardContent content, CorpusIndex corpus, IEnumerable<FactCardProblem>? earlier = null)
    {
        var problems = new List<FactCardProblem>(earlier ?? []);
        if (!FactCardLimits.IsSlug(slug))
        {
            problems.Add(new("slug", $"\"{Shorten(slug)}\" is not a valid slug: use {FactCardLimits.SlugMin}–{FactCardLimits.SlugMax} lower-case letters, digits and single hyphens, like pyongyang-summit-2002"));
        }

        var title = OneLine(content.Title);
        Length(problems, "title", title, 1, FactCardLimits.TitleMax);
        var summary = MentionNeutralizer.Neutralize(content.Summary.Trim());
        Length(problems, "summary", summary, 1, FactCardLimits.SummaryMax);
        if (content.Facts.Count is < FactCardLimits.FactsMin or > FactCardLimits.FactsMax)
        {
            problems.Add(new("facts", $"a card has {FactCardLimits.FactsMin} to {FactCardLimits.FactsMax} facts; this one has {content.Facts.Count}"));
        }

        var facts = content.Facts.Select((f, i) => Check(f, i + 1, corpus, problems)).ToList();
        foreach (var repeat in facts.Select((f, i) => (f, i)).GroupBy(x => x.f.Quote).Where(g => g.Count() > 1))
        {
            problems.Add(new($"fact {repeat.Skip(1).First().i + 1}", $"repeats the quote of fact {repeat.First().i + 1}"));
        }

        var formatted = FactCardText.FormatFacts(facts).Length;
        if (formatted > FactCardLimits.FactsTextMax)
        {
            problems.Add(new("facts", $"the facts take {formatted} characters; at most {FactCardLimits.FactsTextMax} fit in the edit form, so shorten or drop some"));
        }

        var tags = FactCardText.NormalizeTags(content.Tags);
        if (tags.Count > FactCardLimits.TagsMax)
        {
            problems.Add(new("tags", $"at most {FactCardLimits.TagsMax} tags; this card has {tags.Count}"));
        }

        foreach (var tag in tags.Where(t => t.Length > FactCardLimits.TagMax))
        {
            problems.Add(new("tags", $"\"{Shorten(tag)}\" is longer than {FactCardLimits.TagMax} characters"));
        }

        return new FactCardValidation(new FactCardContent(title, summary, facts, content.Status, tags), problems);
    }

    private static FactCardFact Check(FactCardFact fact, int n, CorpusIndex corpus, List<FactCardProblem> problems)
    {
        var field = $"fact {n}";
        var text = OneLine(fact.Text);
        Length(problems, field, text, 1, FactCardLimits.FactTextMax);
        var quote = fact.Quote.Trim();
        if (quote.Length is < FactCardLimits.QuoteMin or > FactCardLimits.QuoteMax)
        {
            problems.Add(new(field, $"the quote must be {FactCardLimits.QuoteMin}–{FactCardLimits.QuoteMax} characters (a whole sentence is best); it is {quote.Length}"));
            return fact with { Text = text, Quote = quote };
        }

        var articleId = fact.ArticleId.Trim();
        if (articleId.Length == 0)
        {
            var found = QuoteCheck.ArticlesContaining(corpus, quote);
            if (found.Count != 1)
            {
                problems.Add(new(field, found.Count == 0
                    ? QuoteCheck.NotFoundAnywhere(corpus, quote)
                    : $"the quote is in {found.Count} articles; add a \"source:\" line with one of {string.Join(", ", found)}"));
                return fact with { Text = text, Quote = quote };
            }

            articleId = found[0];
        }
        else if (QuoteCheck.Problem(corpus, articleId, quote) is { } problem)
        {
            problems.Add(new(field, problem));
            return new FactCardFact(text, articleId, quote);
        }

        if (QuoteSentences.Fragment(corpus, articleId, quote) is { } fragment)
        {
            problems.Add(new(field, fragment));
        }

        return new FactCardFact(text, articleId, quote);
    }

    private static void Length(List<FactCardProblem> problems, string field, string value, int min, int max)
    {
        if (value.Length < min)
        {
            problems.Add(new(field, "is empty"));
        }
        else if (value.Length > max)
        {
            problems.Add(new(field, $"is {value.Length} characters; at most {max}"));
        }
    }

    private static string OneLine(string text) =>
        MentionNeutralizer.Neutralize(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
