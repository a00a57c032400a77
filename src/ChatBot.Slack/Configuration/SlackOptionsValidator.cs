using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Configuration;

/// <summary>Fails start-up with the full key of every setting the chosen mode is missing; never echoes a secret.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        Require(failures, options.BotToken, "BotToken", "xoxb-", $"the bot token (xoxb-…) is needed in {options.Mode} mode");
        if (options.Mode == SlackMode.Http)
        {
            Require(failures, options.SigningSecret, "SigningSecret", null, "HTTP mode verifies every request with it");
        }
        else
        {
            Require(failures, options.AppToken, "AppToken", "xapp-", "Socket Mode connects with the app-level token (xapp-…)");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || !options.ApiBaseUrl.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"{SlackOptions.SectionName}:ApiBaseUrl must be an absolute URL ending in '/'.");
        }

        if (options.InlineReplyBudget < TimeSpan.Zero || options.InlineReplyBudget > TimeSpan.FromMilliseconds(2500))
        {
            failures.Add($"{SlackOptions.SectionName}:InlineReplyBudget must be between 0 and 2.5 seconds (Slack waits 3).");
        }

        if (options.HomeRefreshInterval < TimeSpan.Zero || options.HomeRefreshInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{SlackOptions.SectionName}:HomeRefreshInterval must be between 0 and 01:00:00.");
        }

        if (options.MaxInputLength is < 1 or > 3000)
        {
            failures.Add($"{SlackOptions.SectionName}:MaxInputLength must be between 1 and 3000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key, string? prefix, string why)
    {
        var fullKey = $"{SlackOptions.SectionName}:{key}";
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{fullKey} is missing: {why}. Set it with the environment variable {fullKey.Replace(":", "__", StringComparison.Ordinal)}.");
        }
        else if (prefix is not null && !value.StartsWith(prefix, StringComparison.Ordinal))
        {
            failures.Add($"{fullKey} does not look right: it should start with '{prefix}'.");
        }
    }
}
