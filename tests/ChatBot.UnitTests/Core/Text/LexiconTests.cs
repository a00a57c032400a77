using ChatBot.Core.Text;
using ChatBot.Evaluation;
using ChatBot.Lucene;

namespace ChatBot.UnitTests.Text;

/// <summary>The bundled corpus's lexicon (corpus/lexicon.yaml) as the analyzer compiles it, and the language's own equivalences.</summary>
public sealed class LexiconTests
{
    private static TextAnalyzer Analyzer => TestCorpus.Analyzer;

    [Theory]
    [InlineData("DPRK", "north korea")]
    [InlineData("NoKor", "north korea")]
    [InlineData("Pyongyang", "north korea")]
    [InlineData("kidnapped", "abduct")]
    [InlineData("SoKor", "south korea")]
    public void Expand_ReachesTheDomainAlias(string asked, string expectedPhrase)
    {
        var term = MainTerm(asked);
        var expected = MainTerm(expectedPhrase);
        Assert.Contains(Analyzer.Lexicon.Expand(term), t => t.Term == expected);
    }

    private static string MainTerm(string text)
    {
        var tokens = Analyzer.Analyze(text);
        return (tokens.FirstOrDefault(t => t.IsPhrase) is { Term: not null } phrase ? phrase : tokens[^1]).Term;
    }

    [Fact]
    public void Analyze_EmitsOnePhraseTerm_ForHyphenatedAndSpacedSpellings()
    {
        var hyphen = Analyzer.Analyze("Kim Jong-il").Where(t => t.IsPhrase).Select(t => t.Term).Single();
        var spaced = Analyzer.Analyze("kim jong il").Where(t => t.IsPhrase).Select(t => t.Term).Single();
        Assert.Equal(hyphen, spaced);
    }

    [Fact]
    public void Expand_WeightsWeakAliasesBelowStrongOnes()
    {
        var alternatives = Analyzer.Lexicon.Expand(Analyzer.Analyze("north korea").Single(t => t.IsPhrase).Term);
        var dprk = alternatives.Single(t => t.Term == "dprk").Weight;
        var pyongyang = alternatives.Single(t => t.Term == Analyzer.Term("pyongyang")).Weight;
        Assert.True(pyongyang < dprk);
    }

    [Fact]
    public void AnAnalyzerWithoutACorpusLexicon_KnowsNoSubjectAliases_ButStillMatchesNumberWordsToDigits()
    {
        var plain = TextAnalyzer.Create(SnowballEnglishStemmer.Instance);

        Assert.Empty(plain.Lexicon.Expand(plain.Analyze("DPRK")[0].Term));
        Assert.Contains(plain.Lexicon.Expand(plain.Analyze("five")[0].Term), t => t.Term == "5");
    }

    /// <summary>The index build looks phrases up only after words some phrase starts with: no phrase may start elsewhere.</summary>
    [Fact]
    public void StartsPhrase_IsTrue_ExactlyWhereAPhraseCanMatch()
    {
        var text = "Kim Jong-il met officials in North Korea and Japan; kim jong il, the DPRK and north koreans.";
        var terms = Analyzer.Analyze(text).Where(t => !t.IsPhrase).Select(t => t.Term).ToList();

        var starts = Enumerable.Range(0, terms.Count).Where(i => Analyzer.Lexicon.MatchPhrase(terms, i) is not null).ToList();

        Assert.True(starts.Count >= 3, $"only {starts.Count} phrases");
        Assert.All(starts, i => Assert.True(Analyzer.Lexicon.StartsPhrase(terms[i])));
        Assert.False(Analyzer.Lexicon.StartsPhrase(Analyzer.Term("officials")));
        Assert.False(Analyzer.Lexicon.StartsPhrase(Analyzer.Term("met")));
    }
}
