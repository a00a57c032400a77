using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Configuration;

/// <summary>Stops start-up with a message naming the missing or malformed key.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Prefix = DiscordOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add($"{Prefix}ApplicationId is required");
        }
        else if (!Snowflake.IsValid(options.ApplicationId))
        {
            failures.Add($"{Prefix}ApplicationId must be a Discord id (digits only)");
        }

        if (string.IsNullOrWhiteSpace(options.PublicKey))
        {
            failures.Add($"{Prefix}PublicKey is required");
        }
        else if (options.PublicKey.Trim().Length != 64 || !options.PublicKey.Trim().All(char.IsAsciiHexDigit))
        {
            failures.Add($"{Prefix}PublicKey must be the 64-character hex Public Key from the Developer Portal");
        }

        if (options.Gateway.Enabled && !options.HasBotToken)
        {
            failures.Add($"{Prefix}BotToken is required when {Prefix}Gateway:Enabled is true (set ChatBot__Discord__BotToken)");
        }

        if (options.Gateway.ShardCount is < 1 or > 4096)
        {
            failures.Add($"{Prefix}Gateway:ShardCount must be between 1 and 4096");
        }

        if (options.Gateway.LeaseRenewInterval <= TimeSpan.Zero || options.Gateway.LeaseTimeToLive < options.Gateway.LeaseRenewInterval * 2)
        {
            failures.Add($"{Prefix}Gateway:LeaseRenewInterval must be positive and at most half of {Prefix}Gateway:LeaseTimeToLive");
        }

        if (!string.IsNullOrWhiteSpace(options.GuildId) && !Snowflake.IsValid(options.GuildId))
        {
            failures.Add($"{Prefix}GuildId must be a Discord id (digits only)");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}ApiBaseUrl must be an absolute http(s) URL");
        }

        if (options.InlineReplyBudget < TimeSpan.Zero || options.InlineReplyBudget > TimeSpan.FromMilliseconds(2500))
        {
            failures.Add($"{Prefix}InlineReplyBudget must be between 0 and 2.5 seconds (Discord allows 3 s for the first response)");
        }

        failures.AddRange(options.AllowedChannelIds.Where(id => !Snowflake.IsValid(id)).Select(id => $"{Prefix}AllowedChannelIds contains '{id}', which is not a Discord id"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
