using Microsoft.Extensions.Options;

namespace ChatBot.Ingest;

/// <summary>Checks <see cref="IngestOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed partial class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options) => Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(IngestOptions o)
    {
        if (o.MaxHtmlBytes <= 0 || o.MaxPdfBytes <= 0)
        {
            yield return "ChatBot:Ingest:MaxHtmlBytes and MaxPdfBytes must be positive";
        }

        if (o.Timeout <= TimeSpan.Zero)
        {
            yield return "ChatBot:Ingest:Timeout must be positive";
        }

        if (o.MinIntervalPerHost < TimeSpan.Zero)
        {
            yield return "ChatBot:Ingest:MinIntervalPerHost must not be negative";
        }

        if (string.IsNullOrWhiteSpace(o.UserAgent))
        {
            yield return "ChatBot:Ingest:UserAgent must not be empty";
        }

        if (o.MaxRedirects < 0)
        {
            yield return "ChatBot:Ingest:MaxRedirects must not be negative";
        }

        foreach (var feed in o.Feeds.Where(f => !Uri.TryCreate(f, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            yield return $"ChatBot:Ingest:Feeds holds '{feed}', which is not an http or https address";
        }

        if (o.FeedPollInterval < TimeSpan.FromMinutes(1))
        {
            yield return "ChatBot:Ingest:FeedPollInterval must be at least one minute";
        }

        // Ids, not names: a message is later edited by channel id (Slack's chat.update refuses "#moderators").
        if (o.ModeratorChannel.Discord is { Length: > 0 } discord && !discord.All(char.IsAsciiDigit))
        {
            yield return $"ChatBot:Ingest:ModeratorChannel:Discord must be a channel id (digits only), not '{discord}'";
        }

        if (o.ModeratorChannel.Slack is { Length: > 0 } slack && !SlackChannelId().IsMatch(slack))
        {
            yield return $"ChatBot:Ingest:ModeratorChannel:Slack must be a channel id such as C0123ABCD, not '{slack}' (a name cannot be edited later)";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[CGD][A-Z0-9]{2,}$")]
    private static partial System.Text.RegularExpressions.Regex SlackChannelId();
}
