using ChatBot.Core.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ChatBot.Lucene;

/// <summary>The Porter2 (Snowball English) stemmer. Snowball stemmers keep state, so each thread gets its own.</summary>
public sealed class SnowballEnglishStemmer : ITermStemmer
{
    private readonly ThreadLocal<EnglishStemmer> stemmer = new(() => new EnglishStemmer());

    public static SnowballEnglishStemmer Instance { get; } = new();

    public string Stem(string word)
    {
        var english = stemmer.Value!;
        english.SetCurrent(word);
        english.Stem();
        return english.Current;
    }
}
