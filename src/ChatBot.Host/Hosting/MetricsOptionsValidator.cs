using Microsoft.Extensions.Options;

namespace ChatBot.Host.Hosting;

/// <summary>Checks <see cref="MetricsOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(MetricsOptions o)
    {
        if (o.Port is not (null or (> 0 and <= 65535)))
        {
            yield return "ChatBot:Metrics:Port must be a TCP port (1-65535)";
        }
    }
}
