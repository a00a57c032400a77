namespace ChatBot.Core.Answers;

/// <summary>Answers a question from the indexed articles, with citations, or says the articles don't cover it.</summary>
public interface IAnswerService
{
    Task<AnswerResult> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default);
}
