using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>Checks <see cref="RedisSharedStateOptions"/> at start-up; each message names the key to fix.</summary>
public sealed class RedisSharedStateOptionsValidator : IValidateOptions<RedisSharedStateOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisSharedStateOptions options) => Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(RedisSharedStateOptions options)
    {
        if (options.AnswerCacheTtl <= TimeSpan.Zero)
        {
            yield return "ChatBot:Redis:AnswerCacheTtl must be a positive time span (e.g. 1.00:00:00 for a day)";
        }

        if (options.RetryAfter <= TimeSpan.Zero)
        {
            yield return "ChatBot:Redis:RetryAfter must be a positive time span (e.g. 00:00:05)";
        }
    }
}
