using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Generation;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;
using ChatBot.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Generation;

/// <summary>
/// Every sentence the extractive engine quotes for the dev set, cited as a model would cite it, must pass the check
/// verbatim; and every copy with one fact changed (a number, a name, a year, a negation) must fail.
/// </summary>
public sealed partial class GroundednessSweepTests(ITestOutputHelper output)
{
    private static readonly string[] OtherNames = ["Putin", "Obama", "Moon", "Trump", "Abe", "Koizumi", "Kishida", "Soga"];

    [Fact]
    public void Check_KeepsEveryQuotedSentence_AndDropsEveryCopyWithAChangedFact()
    {
        var index = TestCorpus.Index;
        var engine = new AnswerEngine(RuleBasedQuestionClassifier.Instance);
        var checker = new GroundednessChecker(TestCorpus.Analyzer);
        var kept = 0;
        var verbatim = new List<string>();
        var mutants = new Dictionary<string, (int Total, List<string> Passed)>();
        foreach (var question in EvaluationSet.Load("dev").Where(q => q.Answerable))
        {
            var answer = engine.Answer(question.Question, index);
            var given = answer.Citations.Select((c, i) => new NumberedPassage(i + 1, index.Passages.Single(p => p.Id == c.PassageId))).ToList();
            foreach (var (citation, n) in answer.Citations.Select((c, i) => (c, i + 1)))
            {
                foreach (var span in SentenceSplitter.Split(citation.Quote))
                {
                    var sentence = span.Slice(citation.Quote);
                    if (Check(checker, sentence, n, given))
                    {
                        kept++;
                    }
                    else
                    {
                        verbatim.Add(sentence);
                    }

                    foreach (var (kind, mutant) in Mutants(sentence, given[n - 1].Passage.Text))
                    {
                        var (total, passed) = mutants.TryGetValue(kind, out var m) ? m : (0, []);
                        if (Check(checker, mutant, n, given))
                        {
                            passed.Add(mutant);
                        }

                        mutants[kind] = (total + 1, passed);
                    }
                }
            }
        }

        output.WriteLine($"verbatim sentences kept: {kept} of {kept + verbatim.Count}");
        foreach (var (kind, (total, passed)) in mutants)
        {
            output.WriteLine($"{kind}: {total - passed.Count} of {total} dropped");
        }

        Assert.Empty(verbatim);
        Assert.All(mutants, m => Assert.Empty(m.Value.Passed));
        Assert.True(mutants.Values.Sum(m => m.Total) > 50, "too few mutants to mean anything");
    }

    private static bool Check(GroundednessChecker checker, string sentence, int n, List<NumberedPassage> given) =>
        checker.Check([new GeneratedSentence(sentence, [n])], given, TestCorpus.Index)[0].IsSupported;

    private static IEnumerable<(string Kind, string Text)> Mutants(string sentence, string passage)
    {
        if (Number().Match(sentence) is { Success: true } number)
        {
            var changed = (int.Parse(number.Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            yield return (number.Value.Length == 4 ? "year" : "number", Replace(sentence, number, changed));
        }

        if (Name().Match(sentence) is { Success: true } name && OtherNames.FirstOrDefault(n => !passage.Contains(n, StringComparison.Ordinal)) is { } other)
        {
            yield return ("name", Replace(sentence, name, other));
        }

        if (Auxiliary().Match(sentence) is { Success: true } auxiliary && !sentence.Contains(" not ", StringComparison.Ordinal))
        {
            yield return ("negation", sentence.Insert(auxiliary.Index + auxiliary.Length, " not"));
        }
    }

    private static string Replace(string text, Match match, string replacement) => text.Remove(match.Index, match.Length).Insert(match.Index, replacement);

    [GeneratedRegex(@"(?<![\d.,])\d{1,4}(?![\d.,]\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=\w[\w,]*\s)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}{2,}")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(was|were|is|are|had|has|will|could|would)\b")]
    private static partial Regex Auxiliary();
}
