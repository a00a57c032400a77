using System.Net;

namespace ChatBot.Discord.Rest;

/// <summary>A Discord REST call that failed after retries. The message names the route, never a token.</summary>
public sealed class DiscordRestException(HttpStatusCode status, string route, string? detail)
    : Exception($"Discord {route} failed with {(int)status} {status}{(string.IsNullOrEmpty(detail) ? "" : $": {detail}")}")
{
    public HttpStatusCode Status { get; } = status;

    public string Route { get; } = route;
}
