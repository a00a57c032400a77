namespace ChatBot.Core.Ranking;

/// <summary>The question word a question leads with: a cheap, language-level signal of what its answer looks like.</summary>
public enum WhWord
{
    Other = 0,
    What = 1,
    Which = 2,
    Who = 3,
    When = 4,
    Where = 5,
    Why = 6,
    How = 7,
    HowMany = 8,
    YesNo = 9,
}
