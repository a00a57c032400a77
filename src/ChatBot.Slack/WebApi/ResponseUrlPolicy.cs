namespace ChatBot.Slack.WebApi;

/// <summary>
/// Which response_url values the adapter will post to: https on slack.com hosts, or the configured API host (so a
/// test or proxy on that host works). Keeps a forged or odd URL from turning the bot into a request relay.
/// </summary>
internal static class ResponseUrlPolicy
{
    public static bool IsAllowed(string? responseUrl, Uri apiBaseUrl, out Uri uri)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out uri!))
        {
            return false;
        }

        var slack = uri.Scheme == Uri.UriSchemeHttps && (uri.Host == "slack.com" || uri.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase));
        var sameAsApi = uri.Scheme == apiBaseUrl.Scheme && string.Equals(uri.Host, apiBaseUrl.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == apiBaseUrl.Port;
        return slack || sameAsApi;
    }
}
