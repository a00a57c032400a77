using Microsoft.Extensions.Options;

namespace ChatBot.Core.Commands;

/// <summary>Checks <see cref="AdmissionOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class AdmissionOptionsValidator : IValidateOptions<AdmissionOptions>
{
    public ValidateOptionsResult Validate(string? name, AdmissionOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(AdmissionOptions o)
    {
        if (o.MaxConcurrent < 0)
        {
            yield return "ChatBot:Admission:MaxConcurrent must not be negative (0 means 64 per processor)";
        }

        if (o.QueueLimit < 0)
        {
            yield return "ChatBot:Admission:QueueLimit must not be negative";
        }

        if (o.QueueTimeout <= TimeSpan.Zero)
        {
            yield return "ChatBot:Admission:QueueTimeout must be positive";
        }
    }
}
