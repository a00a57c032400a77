using Microsoft.Extensions.Options;

namespace ChatBot.Core.Commands;

/// <summary>Checks <see cref="RateLimitOptions"/> at start-up; each message names the key to fix.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(RateLimitOptions o)
    {
        if (o.UserBurst <= 0 || o.UserPerMinute <= 0)
        {
            yield return "ChatBot:RateLimits:UserBurst and UserPerMinute must be positive";
        }

        if (o.ChannelBurst <= 0 || o.ChannelPerMinute <= 0)
        {
            yield return "ChatBot:RateLimits:ChannelBurst and ChannelPerMinute must be positive";
        }

        if (o.GlobalBurst <= 0 || o.GlobalPerMinute <= 0)
        {
            yield return "ChatBot:RateLimits:GlobalBurst and GlobalPerMinute must be positive";
        }

        if (o.PressBurst <= 0 || o.PressPerMinute <= 0)
        {
            yield return "ChatBot:RateLimits:PressBurst and PressPerMinute must be positive";
        }
    }
}
