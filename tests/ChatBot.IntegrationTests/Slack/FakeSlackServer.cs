using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// Kestrel on 127.0.0.1 standing in for slack.com: the Web API (/api/{method}; views.publish checks the view as Slack
/// does, see <see cref="BlockKitViewCheck"/>), response_url (/hooks/{id}), the file upload URLs
/// files.getUploadURLExternal hands out (/upload/{fileId}) and a Socket Mode WebSocket (/socket). Records every call;
/// answers can be scripted per method (429, 500, …).
/// </summary>
public sealed class FakeSlackServer : LoopbackServer
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    public const string BotUserId = "UBOT";

    private readonly Lock gate = new();
    private readonly List<RecordedCall> calls = [];
    private readonly List<(Func<RecordedCall, bool> Match, TaskCompletionSource<RecordedCall> Done)> waiters = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? RetryAfter, string? Body, string? Location)>> scripts = new();
    private readonly Channel<FakeSocketSession> sessions = Channel.CreateUnbounded<FakeSocketSession>();
    private readonly FakeSlackFiles files = new();

    public Uri BaseUrl => BaseAddress;

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    /// <summary>Members returned by usergroups.users.list, by group id.</summary>
    public ConcurrentDictionary<string, string[]> GroupMembers { get; } = new();

    public static async Task<FakeSlackServer> StartAsync()
    {
        var server = new FakeSlackServer();
        await server.ListenAsync();
        return server;
    }

    public string ResponseUrl(string id) => new Uri(BaseUrl, "hooks/" + id).ToString();

    /// <summary>The next call to <paramref name="method"/> gets this answer instead of the default.</summary>
    public void Script(string method, int status, string? retryAfter = null, string? body = null, string? location = null) =>
        scripts.GetOrAdd(method, _ => new()).Enqueue((status, retryAfter, body, location));

    public IReadOnlyList<RecordedCall> Calls(Func<RecordedCall, bool> match)
    {
        lock (gate)
        {
            return [.. calls.Where(match)];
        }
    }

    public Task<RecordedCall> WaitForAsync(Func<RecordedCall, bool> match)
    {
        lock (gate)
        {
            if (calls.FirstOrDefault(match) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<RecordedCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
            return done.Task.WaitAsync(Patience);
        }
    }

    public async Task<FakeSocketSession> NextSocketAsync() => await sessions.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    protected override void Map(WebApplication application)
    {
        application.UseWebSockets();
        application.MapPost("/api/{method}", ApiAsync);
        application.MapPost("/hooks/{id}", HookAsync);
        application.MapPost("/upload/{fileId}", UploadAsync);
        application.Map("/socket", SocketAsync);
    }

    private async Task ApiAsync(HttpContext context, string method)
    {
        var body = await RecordAsync(context);
        if (Scripted(method) is { } scripted)
        {
            await RespondAsync(context, scripted);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(method switch
        {
            "auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT","team_id":"T1"}""",
            "usergroups.users.list" => UserGroup(body),
            "apps.connections.open" => $$"""{"ok":true,"url":"ws://{{BaseUrl.Authority}}/socket"}""",
            "files.getUploadURLExternal" => files.Reserve(body, BaseUrl),
            "files.completeUploadExternal" => files.Complete(body),
            "conversations.open" => DirectMessage(body),
            "views.publish" => ViewsPublish(body),
            _ => """{"ok":true,"channel":"C1","ts":"1700000000.000100"}""",
        });
    }

    private async Task HookAsync(HttpContext context, string id)
    {
        await RecordAsync(context);
        if (Scripted("hooks") is { } scripted)
        {
            await RespondAsync(context, scripted);
            return;
        }

        await context.Response.WriteAsync("ok");
    }

    /// <summary>The upload URL: takes the bytes (raw or one multipart part) and answers 200, as Slack's does; a wrong length is a 400.</summary>
    private async Task UploadAsync(HttpContext context, string fileId)
    {
        using var raw = new MemoryStream();
        await context.Request.Body.CopyToAsync(raw);
        var call = new RecordedCall(context.Request.Path.Value ?? "", context.Request.Headers.Authorization.FirstOrDefault(), "", raw.ToArray(), context.Request.ContentType);
        Record(call);
        context.Response.StatusCode = files.Receive(fileId, raw.ToArray()) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync("OK - " + raw.Length);
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeSocketSession(socket);
        await sessions.Writer.WriteAsync(session);
        await session.ReceiveLoopAsync(context.RequestAborted);
    }

    private async Task<string> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Record(new RecordedCall(context.Request.Path.Value ?? "", context.Request.Headers.Authorization.FirstOrDefault(), body, null, context.Request.ContentType));
        return body;
    }

    private void Record(RecordedCall call)
    {
        lock (gate)
        {
            calls.Add(call);
            foreach (var waiter in waiters.Where(w => w.Match(call)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult(call);
            }
        }
    }

    private (int Status, string? RetryAfter, string? Body, string? Location)? Scripted(string method) =>
        scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;

    private static async Task RespondAsync(HttpContext context, (int Status, string? RetryAfter, string? Body, string? Location) scripted)
    {
        context.Response.StatusCode = scripted.Status;
        if (scripted.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = scripted.RetryAfter;
        }

        if (scripted.Location is not null)
        {
            context.Response.Headers.Location = scripted.Location;
        }

        await context.Response.WriteAsync(scripted.Body ?? """{"ok":false,"error":"scripted"}""");
    }

    /// <summary>conversations.open with users=U…: the direct-message channel "D" + the user id.</summary>
    private static string DirectMessage(string body)
    {
        var user = WebUtility.UrlDecode(body.Split('&').Select(p => p.Split('=')).FirstOrDefault(p => p[0] == "users")?[1] ?? "");
        return user.Length == 0 ? """{"ok":false,"error":"users_list_not_supplied"}""" : "{\"ok\":true,\"channel\":{\"id\":\"D" + user + "\"}}";
    }

    private static string ViewsPublish(string body)
    {
        var request = JsonNode.Parse(body);
        return string.IsNullOrEmpty((string?)request?["user_id"]) ? """{"ok":false,"error":"invalid_arguments"}"""
            : BlockKitViewCheck.Problem(request!["view"]) is { } problem ? $$"""{"ok":false,"error":"{{problem}}"}"""
            : new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V1", ["type"] = "home", ["blocks"] = request["view"]!["blocks"]!.DeepClone() } }.ToJsonString();
    }

    private string UserGroup(string body)
    {
        var group = WebUtility.UrlDecode(body.Split('&').Select(p => p.Split('=')).FirstOrDefault(p => p[0] == "usergroup")?[1] ?? "");
        var members = GroupMembers.TryGetValue(group, out var users) ? users : [];
        return $$"""{"ok":true,"users":[{{string.Join(',', members.Select(u => $"\"{u}\""))}}]}""";
    }
}
