namespace ChatBot.LoadGenerator;

/// <summary>What sort of question a request carries; repeated ones should be served from the answer cache.</summary>
internal enum QuestionKind
{
    Repeated,
    Unique,
    OffTopic,
    AddedArticle,
}
