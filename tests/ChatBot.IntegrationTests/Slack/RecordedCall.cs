using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>One request the fake Slack received: Web API method or response_url, with its raw body.</summary>
public sealed record RecordedCall(string Path, string? Authorization, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public bool IsApi(string method) => Path == "/api/" + method;
}
