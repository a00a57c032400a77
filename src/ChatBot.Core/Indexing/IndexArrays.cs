namespace ChatBot.Core.Indexing;

/// <summary>The raw content of an <see cref="InvertedIndex"/>: what the builder fills and the snapshot stores.</summary>
internal sealed record IndexArrays
{
    public required int PassageCount { get; init; }
    public required WordTable Terms { get; init; }
    public required int[] DocFreq { get; init; }

    /// <summary>Postings of term t are [PostingOffsets[t], PostingOffsets[t + 1]), sorted by passage.</summary>
    public required int[] PostingOffsets { get; init; }
    public required int[] PostingPassages { get; init; }

    /// <summary>Each posting's weight, coded by the distinct weights when they fit (<see cref="Indexing.PostingWeights"/>).</summary>
    public required PostingWeights PostingWeights { get; init; }

    /// <summary>
    /// Body tokens of passage p are [TokenOffsets[p], TokenOffsets[p + 1]), in text order: each token's term and word
    /// position, each as narrow as its largest value allows.
    /// </summary>
    public required int[] TokenOffsets { get; init; }
    public required NarrowInts TokenTerms { get; init; }
    public required NarrowInts TokenPositions { get; init; }

    /// <summary>
    /// Sentences of passage p are [SentenceOffsets[p], SentenceOffsets[p + 1]) in <see cref="SentenceStarts"/> (the word
    /// position where each sentence begins) and <see cref="SentenceFeatures"/>.
    /// </summary>
    public required int[] SentenceOffsets { get; init; }
    public required int[] SentenceStarts { get; init; }
    public required Questions.AnswerFeatures[] SentenceFeatures { get; init; }

    /// <summary>Words the articles write in capitals ("DPRK", "UNISCI"), folded: an acronym asked about must be one of them.</summary>
    public required WordTable Acronyms { get; init; }

    /// <summary>Words as written (folded), the term each analyses to and in how many articles it occurs.</summary>
    public required WordTable SurfaceWords { get; init; }
    public required int[] SurfaceTerms { get; init; }
    public required int[] SurfaceFrequencies { get; init; }

    /// <summary>
    /// Every passage's words numbered at build (snapshot format 11, made at load from an older one); null only for arrays
    /// made by hand, whose words <see cref="Ranking.SurfaceTokens"/> numbers as it reads them.
    /// </summary>
    public PassageWords? PassageWords { get; init; }
}
