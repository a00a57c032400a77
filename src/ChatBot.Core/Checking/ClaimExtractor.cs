using ChatBot.Core.Text;

namespace ChatBot.Core.Checking;

/// <summary>
/// Picks the check-worthy sentences of a cleaned message: sentences of at least <see cref="MinContentTerms"/> content
/// words and at most <see cref="MaxWords"/> words, preferring those that state dates, numbers and names and use words
/// the corpus knows; at most a few, kept in the message's order.
/// </summary>
public static class ClaimExtractor
{
    public const int MinContentTerms = 3;
    public const int MaxWords = 80;

    public static IReadOnlyList<string> Extract(string cleaned, TextAnalyzer analyzer, Func<string, bool> isKnownTerm, int max)
    {
        var candidates = new List<(int Order, string Sentence, double Score)>();
        foreach (var line in cleaned.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var span in SentenceSplitter.Split(line))
            {
                var sentence = span.Slice(line).Trim();
                var words = Tokenizer.Tokenize(sentence).Count;
                var terms = analyzer.Analyze(sentence).Where(t => !t.IsStopword && !t.IsPhrase).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
                if (terms.Count < MinContentTerms || words > MaxWords)
                {
                    continue;
                }

                var facts = StatementFacts.Of(sentence, analyzer);
                var known = terms.Count(isKnownTerm);
                var score = (2.0 * (facts.Dates.Count + facts.Numbers.Count)) + facts.Names.Count + known + (0.1 * terms.Count);
                candidates.Add((candidates.Count, sentence, score));
            }
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Order).Take(max).OrderBy(c => c.Order).Select(c => c.Sentence)];
    }
}
