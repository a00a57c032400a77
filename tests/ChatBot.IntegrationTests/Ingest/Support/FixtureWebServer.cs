using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Ingest.Support;

/// <summary>
/// Kestrel on 127.0.0.1 serving the test sites: pages, PDFs and feeds at fixed paths, redirects, robots.txt, and
/// responses that misbehave (too large, never finishing). Records what was asked for, with the User-Agent.
/// </summary>
internal sealed class FixtureWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> arrivals = new(StringComparer.Ordinal);

    private FixtureWebServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<(string Path, string UserAgent)> Requests { get; } = new();

    /// <summary>Completed when a request for a <see cref="Hang"/> path has arrived.</summary>
    public TaskCompletionSource HangStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FixtureWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FixtureWebServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.BaseUrl = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public void Serve(string path, string contentType, string body) => Serve(path, contentType, Encoding.UTF8.GetBytes(body));

    public void Serve(string path, string contentType, byte[] body) => routes[path] = async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    public void Redirect(string path, string location, int status = 302) => routes[path] = context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    /// <summary>Streams <paramref name="bytes"/> of HTML without a Content-Length (chunked), or with one when <paramref name="declareLength"/>.</summary>
    public void ServeLarge(string path, long bytes, bool declareLength) => routes[path] = async context =>
    {
        context.Response.ContentType = "text/html";
        var chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 8185) + "</p>\n");
        try
        {
            if (declareLength)
            {
                // The headers and a first chunk; the rest never comes, and a client that reads the length never asks.
                context.Response.ContentLength = bytes;
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client stopped reading at its limit.
        }
    };

    /// <summary>A body of exactly <paramref name="bytes"/> bytes, Content-Length declared: <paramref name="start"/> (a PDF header, a doctype), then spaces.</summary>
    public void ServeSized(string path, string contentType, string start, long bytes) => routes[path] = async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes;
        var head = Encoding.ASCII.GetBytes(start);
        var padding = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        try
        {
            await context.Response.Body.WriteAsync(head, context.RequestAborted);
            for (var sent = (long)head.Length; sent < bytes; sent += padding.Length)
            {
                await context.Response.Body.WriteAsync(padding.AsMemory(0, (int)Math.Min(padding.Length, bytes - sent)), context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client refused the body from its length and went away.
        }
    };

    /// <summary>Answers nothing until the client gives up.</summary>
    public void Hang(string path) => routes[path] = async context =>
    {
        HangStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    };

    /// <summary>Completes when a request for <paramref name="path"/> has arrived.</summary>
    public Task Arrived(string path) => Arrival(path).Task;

    private TaskCompletionSource Arrival(string path) => arrivals.GetOrAdd(path, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(HttpContext context)
    {
        Requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString()));
        Arrival(context.Request.Path).TrySetResult();
        if (routes.TryGetValue(context.Request.Path + context.Request.QueryString, out var route) || routes.TryGetValue(context.Request.Path, out route))
        {
            await route(context);
            return;
        }

        context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
