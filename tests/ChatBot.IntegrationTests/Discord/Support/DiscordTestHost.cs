using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord;
using ChatBot.UnitTests.Discord.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>
/// A small ASP.NET Core host on 127.0.0.1 with the Discord adapter, a fake command dispatcher and a real key pair.
/// Requests are signed exactly as Discord signs them.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string BotToken = "MTAw.bot-token-secret.Zm9v";

    private readonly WebApplication app;
    private readonly HttpClient client;

    private DiscordTestHost(WebApplication app, TestSigningKey key, FakeCommandDispatcher dispatcher, CapturingLoggerProvider logs, Uri address)
    {
        this.app = app;
        Key = key;
        Dispatcher = dispatcher;
        Logs = logs;
        client = new HttpClient { BaseAddress = address };
    }

    public TestSigningKey Key { get; }

    public FakeCommandDispatcher Dispatcher { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<DiscordTestHost> StartAsync(FakeCommandDispatcher? dispatcher = null, Uri? apiBaseUrl = null, TimeProvider? time = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var key = new TestSigningKey();
        dispatcher ??= NewDispatcher();
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId,
            ["ChatBot:Discord:PublicKey"] = key.PublicKeyHex,
            ["ChatBot:Discord:BotToken"] = BotToken,
            ["ChatBot:Discord:ApiBaseUrl"] = (apiBaseUrl ?? new Uri("http://127.0.0.1:9/api/v10")).ToString(),
            ["ChatBot:ShutdownTimeout"] = "00:00:05",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        dispatcher.Replace(builder.Services);
        builder.Services.AddSingleton<IBotTelemetry, LoggingTelemetry>();
        // A fake clock unless the test brings its own: nothing in these tests may depend on how fast the machine is.
        builder.Services.AddSingleton(time ?? new FakeTimeProvider(new DateTimeOffset(2026, 8, 6, 9, 0, 0, TimeSpan.Zero)));

        services?.Invoke(builder.Services);
        builder.Services.AddSingleton<ReplyRunner>(); // Core's (AddChatBotCore), which the test host does not compose
        builder.Services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section); // the host binds it in `serve`
        builder.Services.AddDiscordAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapDiscordEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, key, dispatcher, logs, new Uri(address));
    }

    /// <summary>A fake command layer answering like the real one: a cited answer, the same answer replacing the message on a press.</summary>
    public static FakeCommandDispatcher NewDispatcher() => new()
    {
        OnCommand = (_, _) => Task.FromResult(Replies.Answer()),
        OnComponent = (_, _) => Task.FromResult(Replies.Answer() with { ReplaceOriginal = true }),
        OnAutocomplete = (_, _) => Task.FromResult<IReadOnlyList<AutocompleteChoice>>([new AutocompleteChoice("Yokota Megumi", "yokota-megumi")]),
    };

    /// <summary>The host's time (a fake clock: the test's when given), moved by <paramref name="offset"/>, as a signature timestamp.</summary>
    public string Timestamp(TimeSpan offset = default) => Services.GetRequiredService<TimeProvider>().GetUtcNow().Add(offset).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> PostAsync(JsonObject interaction) => PostAsync(interaction.ToJsonString());

    public Task<HttpResponseMessage> PostAsync(string body)
    {
        var timestamp = Timestamp();
        return PostRawAsync(body, Key.Sign(timestamp, body), timestamp);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts and parses the interaction response body.</summary>
    public async Task<JsonObject> RespondAsync(JsonObject interaction)
    {
        using var response = await PostAsync(interaction);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Key.Dispose();
    }
}
