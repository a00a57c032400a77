using System.Globalization;
using ChatBot.Core.Indexing;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Quiz;

/// <summary>
/// Quiz buttons: an answer (the first per person counts; a second press, or a press after the quiz closed, gets a
/// clear message and changes nothing) and the reveal once answers have closed. Replies go only to the presser.
/// </summary>
public sealed class QuizComponentHandler(IQuizStore store, ICorpusIndexProvider corpora, TimeProvider time) : IComponentHandler
{
    public string Prefix => QuizActions.Prefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        QuizQuestion? question;
        try
        {
            question = arguments.Count < 2 ? null : await store.GetAsync(arguments[1], cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return QuizReplies.Unavailable;
        }

        if (question is null)
        {
            return QuizReplies.Gone;
        }

        var corpus = corpora.Current;
        var now = time.GetUtcNow();
        if (arguments is [QuizActions.Reveal, _])
        {
            return now >= question.ExpiresAt ? QuizReplies.Closed(question, corpus) : QuizReplies.NotYet(question);
        }

        if (arguments.Count != 3 || arguments[0] != QuizActions.Answer
            || !int.TryParse(arguments[2], NumberStyles.None, CultureInfo.InvariantCulture, out var choice) || choice >= question.Draft.Choices.Count)
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = "This quiz button is no longer valid. Start a new quiz with /quiz start." };
        }

        if (now >= question.ExpiresAt)
        {
            return QuizReplies.Closed(question, corpus);
        }

        var answer = new QuizAnswer(question.Id, request.User.Id, request.User.DisplayName, choice, choice == question.Draft.Correct, now);
        var result = await store.AnswerAsync(question, answer, cancellationToken);
        return result.Outcome switch
        {
            QuizAnswerOutcome.Recorded => QuizReplies.Result(question, choice, corpus),
            QuizAnswerOutcome.AlreadyAnswered => QuizReplies.AlreadyAnswered(question, result.FirstChoice ?? choice, corpus),
            QuizAnswerOutcome.Unknown => QuizReplies.Gone,
            _ => QuizReplies.Unavailable,
        };
    }
}
