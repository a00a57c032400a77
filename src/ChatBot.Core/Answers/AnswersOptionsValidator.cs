using Microsoft.Extensions.Options;

namespace ChatBot.Core.Answers;

/// <summary>Checks <see cref="AnswersOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class AnswersOptionsValidator : IValidateOptions<AnswersOptions>
{
    public ValidateOptionsResult Validate(string? name, AnswersOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(AnswersOptions o)
    {
        if (o.Threshold is not (null or (>= 0 and <= 1)))
        {
            yield return "ChatBot:Answers:Threshold must be between 0 and 1";
        }
    }
}
