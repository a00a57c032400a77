using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

/// <summary>Checks at start-up that a configured <c>ConnectionStrings:Redis</c> can be read, so a typo is one clear line, not a failure on the first request.</summary>
public sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            return ConfigurationOptions.Parse(options.ConnectionString!).EndPoints.Count > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("ConnectionStrings:Redis names no server (expected host:port, e.g. 127.0.0.1:6379)");
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Redis cannot be read: {e.Message.Split('\n')[0]}");
        }
    }
}
