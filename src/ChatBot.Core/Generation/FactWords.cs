namespace ChatBot.Core.Generation;

/// <summary>The small closed word lists of the groundedness check, on folded words.</summary>
internal static class FactWords
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "without", "cannot", "dont", "doesnt",
        "didnt", "isnt", "wasnt", "arent", "werent", "cant", "wont", "couldnt", "wouldnt", "shouldnt", "hasnt",
        "havent", "hadnt",
    };

    /// <summary>Attribution and uncertainty: a source that says "claimed" or "believed to" must not become a plain fact.</summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "claim", "claims", "claimed", "claiming", "alleged", "allegedly", "allegation", "allegations", "reportedly",
        "purportedly", "purported", "suspected", "unconfirmed", "believed", "believe", "estimated", "estimate",
        "according", "if", "unless", "might", "possibly", "possible", "likely", "unlikely", "rumours", "rumors",
        "seems", "seemed", "apparently",
    };

    /// <summary>Words a faithful paraphrase adds without adding a claim ("According to the article, …").</summary>
    private static readonly HashSet<string> Neutral = new(StringComparer.Ordinal)
    {
        "however", "also", "additionally", "furthermore", "moreover", "meanwhile", "later", "subsequently",
        "according", "said", "says", "stated", "reported", "noted", "mentioned", "described", "describes",
        "passage", "passages", "article", "articles", "source", "sources", "text", "including", "respectively",
        "indeed", "still", "thus", "therefore", "overall", "both", "various", "several",
    };

    public static bool IsNegation(string folded) => Negations.Contains(folded);

    public static bool IsHedge(string folded) => Hedges.Contains(folded);

    public static bool IsNeutral(string folded) => Neutral.Contains(folded);
}
