namespace ChatBot.Core.Questions;

/// <summary>Kinds of fact a piece of text contains, matched against what a question asks for.</summary>
[Flags]
public enum AnswerFeatures : byte
{
    None = 0,
    Date = 1,
    Number = 2,
    Person = 4,
    Place = 8,
    Reason = 16,
    Enumeration = 32,
}
