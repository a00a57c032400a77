namespace ChatBot.Core.Questions;

/// <summary>What a question asks for; it decides which sentences can answer it.</summary>
public enum QuestionKind
{
    Description = 0,
    Date = 1,
    Number = 2,
    Person = 3,
    Place = 4,
    Reason = 5,
    List = 6,
    Timeline = 7,
    OffTopic = 8,
}
