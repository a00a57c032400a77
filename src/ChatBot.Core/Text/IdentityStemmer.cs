namespace ChatBot.Core.Text;

/// <summary>No stemming: for tests of the pipeline that must not depend on a stemmer's choices.</summary>
public sealed class IdentityStemmer : ITermStemmer
{
    public static IdentityStemmer Instance { get; } = new();

    public string Stem(string word) => word;
}
