namespace ChatBot.Slack.WebApi;

/// <summary>A Web API call answered ok:false or a non-success status; the message names the method and Slack's error code only.</summary>
public sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;
}
