using System.Net.Http.Headers;

namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>A request exactly as it goes on the wire: raw body bytes and headers in order, duplicates allowed.</summary>
internal sealed record WireRequest(string Path, byte[] Body, string ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        foreach (var (name, value) in Headers)
        {
            // Without validation: forged values are not always well-formed, and duplicates must stay duplicates.
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
