using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>Checks <see cref="StorageOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(StorageOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.DatabasePath))
        {
            yield return "ChatBot:Storage:DatabasePath must not be empty";
        }

        if (o.CacheTimeToLive <= TimeSpan.Zero)
        {
            yield return "ChatBot:Storage:CacheTimeToLive must be positive";
        }

        if (o.AnswerRetention < TimeSpan.FromDays(1))
        {
            yield return "ChatBot:Storage:AnswerRetention must be at least a day (1.00:00:00)";
        }
    }
}
