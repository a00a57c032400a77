using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>Checks <see cref="BackupOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(BackupOptions o)
    {
        if (o.Interval != TimeSpan.Zero && o.Interval < TimeSpan.FromMinutes(1))
        {
            yield return "ChatBot:Storage:Backup:Interval must be at least 00:01:00, or 0 to turn scheduled backups off";
        }

        if (o.Keep < 1)
        {
            yield return "ChatBot:Storage:Backup:Keep must be at least 1";
        }
    }
}
