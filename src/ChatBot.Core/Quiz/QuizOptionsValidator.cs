using Microsoft.Extensions.Options;

namespace ChatBot.Core.Quiz;

/// <summary>Checks <see cref="QuizOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class QuizOptionsValidator : IValidateOptions<QuizOptions>
{
    public ValidateOptionsResult Validate(string? name, QuizOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(QuizOptions o)
    {
        if (o.AnswerWindow < TimeSpan.FromSeconds(10) || o.AnswerWindow > TimeSpan.FromDays(7))
        {
            yield return "ChatBot:Quiz:AnswerWindow must be between 00:00:10 and 7.00:00:00";
        }

        if (o.LeaderboardSize is < 1 or > 25)
        {
            yield return "ChatBot:Quiz:LeaderboardSize must be between 1 and 25";
        }
    }
}
