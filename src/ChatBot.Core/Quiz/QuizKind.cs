namespace ChatBot.Core.Quiz;

/// <summary>What a quiz question asks for.</summary>
public enum QuizKind
{
    Date = 0,
    Number = 1,
    Person = 2,
    Place = 3,
}
