using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// One request the fake Slack received: Web API method, response_url or file upload, with its body as text and, for
/// a file upload, as bytes.
/// </summary>
public sealed record RecordedCall(string Path, string? Authorization, string Body, byte[]? Raw = null, string? ContentType = null)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public bool IsApi(string method) => Path == "/api/" + method;

    /// <summary>A field of a form-encoded body (chat.*, files.getUploadURLExternal and other form calls).</summary>
    public string? Form(string name) =>
        Body.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => System.Net.WebUtility.UrlDecode(p[1])).FirstOrDefault();
}
