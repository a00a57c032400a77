namespace ChatBot.Core.Ranking;

/// <summary>How one sentence matches a question, word by word: what it holds of the question, and how closely.</summary>
public struct SentenceMatch
{
    /// <summary>Bit per concept the sentence holds.</summary>
    public ulong Mask;

    /// <summary>Share of the question's weight held, each concept at the quality of its best match.</summary>
    public float Coverage;

    /// <summary>The same with weights clamped to a band (idf is noisy in small corpora).</summary>
    public float EvidenceCoverage;

    /// <summary>Share of the question's adjacent concept pairs found at exactly the question's spacing.</summary>
    public float ExactPairs;

    /// <summary>Share of the question's adjacent concept pairs found in order, a few words apart at most.</summary>
    public float NearPairs;

    /// <summary>The longest run of the question's concepts found in order, as a share of its known concepts.</summary>
    public float Chain;

    /// <summary>Concepts held over the width of the smallest stretch of words holding them all.</summary>
    public float Density;

    public int Words;

    public int ContentTokens;

    public int MatchedTokens;

    /// <summary>
    /// 1 / (1 + words between a number the question does not state and the nearest word it asks about), 0 without one:
    /// "the remaining five alive" for "how many are alive".
    /// </summary>
    public float NumberNearMatch;

    /// <summary>Plain BM25 of the span's body (k1 1.2, b 0.75), each concept at its best alternative: a second opinion beside BM25F.</summary>
    public float Bm25;

    /// <summary>Word position where the sentence starts within its passage.</summary>
    public int FirstPosition;
}
