using System.Collections.Concurrent;
using System.Threading.Channels;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>
/// Kestrel on 127.0.0.1 standing in for Discord's REST API: records every request with the status it answered,
/// keeps registered commands, and answers scripted failures (429 with retry_after, 500) for given paths.
/// </summary>
internal sealed class FakeDiscordApi : LoopbackServer
{
    private readonly ConcurrentQueue<(Func<string, string, bool> Matches, int Status, string Body, Dictionary<string, string> Headers)> failures = new();
    private readonly Channel<RecordedRequest> arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private string commands = "[]";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUrl => new(BaseAddress, "api/v10");

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var api = new FakeDiscordApi();
        await api.ListenAsync();
        return api;
    }

    /// <summary>The next request matching method and path gets this answer instead of success.</summary>
    public void FailNext(string method, string pathContains, int status, string body = "{}", Dictionary<string, string>? headers = null) =>
        failures.Enqueue(((m, p) => m == method && p.Contains(pathContains, StringComparison.Ordinal), status, body, headers ?? []));

    public void SetExistingCommands(string json) => commands = json;

    public async Task<RecordedRequest> NextAsync(Func<RecordedRequest, bool>? where = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var request = await arrivals.Reader.ReadAsync(timeout.Token);
            if (where is null || where(request))
            {
                return request;
            }
        }
    }

    protected override void Map(WebApplication application) => application.Run(HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        using var raw = new MemoryStream();
        await context.Request.Body.CopyToAsync(raw);
        var parts = await MultipartParts.ReadAsync(raw.ToArray(), context.Request.ContentType);
        var body = parts is null ? System.Text.Encoding.UTF8.GetString(raw.ToArray()) : parts.FirstOrDefault(p => p.Name == "payload_json")?.Text ?? "";
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "";
        var (status, responseBody, headers) = parts is not null && MultipartProblem(parts) is { } problem ? (400, problem, []) : Answer(method, path, body);
        var headerCopy = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(method, path, body, headerCopy, status, parts);
        Requests.Enqueue(recorded);
        arrivals.Writer.TryWrite(recorded);
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(responseBody);
    }

    /// <summary>What Discord refuses in a message with files: no payload_json, a files[n] without a file name, or an attachment id without its part.</summary>
    private static string? MultipartProblem(IReadOnlyList<MultipartPart> parts)
    {
        const string invalid = """{"code":50035,"message":"Invalid Form Body"}""";
        var payload = parts.FirstOrDefault(p => p.Name == "payload_json");
        if (payload is null || parts.Any(p => p.Name.StartsWith("files[", StringComparison.Ordinal) && string.IsNullOrEmpty(p.FileName)))
        {
            return invalid;
        }

        var attachments = System.Text.Json.Nodes.JsonNode.Parse(payload.Text)?["attachments"]?.AsArray() ?? [];
        return attachments.All(a => parts.Any(p => p.Name == $"files[{(int)a!["id"]!}]")) ? null : invalid;
    }

    private (int Status, string Body, Dictionary<string, string> Headers) Answer(string method, string path, string body)
    {
        if (failures.TryPeek(out var failure) && failure.Matches(method, path) && failures.TryDequeue(out failure))
        {
            return (failure.Status, failure.Body, failure.Headers);
        }

        if (path.EndsWith("/commands", StringComparison.Ordinal))
        {
            if (method == "PUT")
            {
                commands = body;
            }

            return (200, commands, []);
        }

        return path.EndsWith("/gateway/bot", StringComparison.Ordinal)
            ? (200, """{"url":"ws://127.0.0.1:1","shards":1}""", [])
            : (200, """{"id":"1"}""", []);
    }
}
