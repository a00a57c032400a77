using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (port chosen by the OS) speaking the real wire format of
/// <c>POST /v1/chat/completions</c> and <c>POST /v1/embeddings</c>, answering from a per-test script.
/// </summary>
internal sealed class FakeOpenAIServer : LoopbackServer
{
    /// <summary>Answers the n-th chat request (counting from 0).</summary>
    public Func<FakeChatRequest, int, FakeReply> Chat { get; set; } = (_, _) => FakeReply.Text("NOT_IN_SOURCES");

    /// <summary>The vector for one input text of an embeddings request.</summary>
    public Func<string, float[]> Embed { get; set; } = _ => [1f, 0f];

    /// <summary>The clock that stamps each chat request's arrival.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public ConcurrentQueue<(FakeChatRequest Request, DateTimeOffset At, string? Authorization)> ChatRequests { get; } = new();

    public ConcurrentQueue<(string Model, IReadOnlyList<string> Inputs)> EmbeddingRequests { get; } = new();

    /// <summary>Requests the client abandoned while the server was still working on them.</summary>
    public int Abandoned => abandoned;

    public Uri BaseUrl => new(BaseAddress, "v1");

    private int abandoned;
    private TaskCompletionSource nextChat = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next chat request arrives (ask for it before sending).</summary>
    public Task NextChatAsync() => Volatile.Read(ref nextChat).Task.WaitAsync(ObservedTimeProvider.Patience);

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var server = new FakeOpenAIServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication application)
    {
        application.MapPost("/v1/chat/completions", ChatAsync);
        application.MapPost("/v1/embeddings", EmbeddingsAsync);
    }

    private async Task ChatAsync(HttpContext context)
    {
        var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = new FakeChatRequest(body.RootElement.Clone());
        var count = ChatRequests.Count;
        ChatRequests.Enqueue((request, Clock.GetUtcNow(), context.Request.Headers.Authorization.ToString()));
        Interlocked.Exchange(ref nextChat, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        var reply = Chat(request, count);
        if (reply.Hang)
        {
            try
            {
                await new TaskCompletionSource().Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref abandoned);
            }

            return;
        }

        context.Response.StatusCode = (int)reply.Status;
        if (reply.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(reply.Status == HttpStatusCode.OK ? Completion(request.Model, reply.Completion!) : Error(reply.Status));
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = body.RootElement;
        var input = root.GetProperty("input");
        List<string> inputs = input.ValueKind == JsonValueKind.String ? [input.GetString()!] : [.. input.EnumerateArray().Select(i => i.GetString()!)];
        var model = root.GetProperty("model").GetString()!;
        EmbeddingRequests.Enqueue((model, inputs));
        var base64 = root.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data = inputs.Select((text, i) => new { @object = "embedding", index = i, embedding = Vector(Embed(text), base64) }),
            model,
            usage = new { prompt_tokens = inputs.Count, total_tokens = inputs.Count },
        });
    }

    private static object Vector(float[] vector, bool base64) =>
        base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : vector;

    private static object Completion(string model, string content) => new
    {
        id = "chatcmpl-loopback",
        @object = "chat.completion",
        created = 1_700_000_000,
        model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop", logprobs = (object?)null } },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    };

    private static object Error(HttpStatusCode status) => new
    {
        error = new { message = $"scripted {(int)status}", type = status == HttpStatusCode.TooManyRequests ? "rate_limit_exceeded" : "server_error", param = (string?)null, code = (string?)null },
    };
}
