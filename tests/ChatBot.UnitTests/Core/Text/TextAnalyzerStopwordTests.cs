using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Text;

public sealed class TextAnalyzerStopwordTests
{
    /// <summary>
    /// The analyzer looks a word up in the stop words only when its term is the word itself; every stop word, met
    /// first and met again (the term then comes from the cache, another string), must still be flagged, and no other word.
    /// </summary>
    [Fact]
    public void Analyze_FlagsExactlyTheStopWords_WhetherTheTermIsFreshOrCached()
    {
        string[] words =
        [
            "a", "about", "the", "of", "yourselves", "themselves", "dont", "wont", "s", "t", "ll", "may", "us", "happen",
            "capital", "france", "running", "paris", "1999", "x", "ab", "abc", "nasa", "theirs", "ours", "whom", "own",
            "ever", "yet", "also", "might", "must", "shall", "being", "having", "doing", "once", "only", "same", "very",
        ];
        var analyzer = TestCorpus.Analyzer;
        var flagged = 0;
        for (var round = 0; round < 3; round++)
        {
            var text = string.Join(round == 1 ? ". " : " ", words.Select(w => round == 2 ? w.ToUpperInvariant() : w));
            foreach (var token in analyzer.Analyze(text).Where(t => !t.IsPhrase))
            {
                Assert.True(Stopwords.Contains(token.Surface) == token.IsStopword, $"{token.Surface} → {token.Term}");
                flagged += token.IsStopword ? 1 : 0;
            }
        }

        Assert.True(flagged > 60, $"only {flagged} stop words flagged");
    }
}
