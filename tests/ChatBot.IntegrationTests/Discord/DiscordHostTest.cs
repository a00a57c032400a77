using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>A test class with its own real host (bundled corpus, loopback Discord API) and a client for it.</summary>
public abstract class DiscordHostTest : IAsyncLifetime
{
    private protected DiscordHost Host { get; private set; } = null!;

    private protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await DiscordHost.StartAsync();
        Client = Host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>The custom ids of every button on a message.</summary>
    protected static List<string> ButtonIds(JsonNode message) =>
        [.. (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => (string?)b!["custom_id"]).OfType<string>()];
}
