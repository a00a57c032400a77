namespace ChatBot.Core.Generation;

/// <summary>Why a generated sentence is kept or dropped.</summary>
public enum GroundednessVerdict
{
    Supported = 0,

    /// <summary>The sentence ends with no citation marker.</summary>
    NoCitation = 1,

    /// <summary>A marker names a passage the model was not given (or is not a number).</summary>
    UnknownCitation = 2,

    /// <summary>Nothing to check: no content words ("Yes [1].").</summary>
    NoContent = 3,

    /// <summary>A name (capitalised word) the cited text does not contain.</summary>
    MissingName = 4,

    MissingNumber = 5,

    /// <summary>A date the cited text does not state (same year, month and day where given, same qualifier).</summary>
    MissingDate = 6,

    /// <summary>Too few of its content words are in the cited text, or too many are not.</summary>
    LowOverlap = 7,

    /// <summary>One of several cited passages does not itself support the sentence.</summary>
    UnrelatedCitation = 8,

    /// <summary>The sentence negates where its source does not, or the other way round.</summary>
    Polarity = 9,

    /// <summary>The source attributes or hedges ("North Korea claimed", "believed to") and the sentence states it as fact.</summary>
    DroppedHedge = 10,
}
