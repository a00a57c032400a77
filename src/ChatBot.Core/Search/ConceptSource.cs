namespace ChatBot.Core.Search;

public enum ConceptSource
{
    /// <summary>The word (or lexicon phrase) is in the corpus as asked.</summary>
    Exact = 0,

    /// <summary>Not in the corpus as asked; matched through a domain alias.</summary>
    Alias = 1,

    /// <summary>Not in the corpus as asked; matched to a corpus word one edit away.</summary>
    Spelling = 2,

    /// <summary>Nothing in the corpus matches it.</summary>
    Unknown = 3,
}
