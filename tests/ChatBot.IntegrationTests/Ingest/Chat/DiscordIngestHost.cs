using ChatBot.IntegrationTests.Discord;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// The real Discord host configured against a loopback article site (<see cref="IngestChatSite"/>), with a client:
/// the set-up of the tests that add to the corpus from Discord. <paramref name="serve"/> adds pages to the site first.
/// </summary>
internal sealed class DiscordIngestHost : IAsyncDisposable
{
    private DiscordIngestHost(IngestChatSite site, DiscordHost host)
    {
        Site = site;
        Host = host;
        Client = host.Factory.CreateClient();
    }

    public IngestChatSite Site { get; }

    public DiscordHost Host { get; }

    public HttpClient Client { get; }

    public static async Task<DiscordIngestHost> StartAsync(Action<IngestChatSite>? serve = null)
    {
        var site = await IngestChatSite.StartAsync();
        serve?.Invoke(site);
        var host = await DiscordHost.StartAsync();
        site.Configure(host.Factory.Settings);
        return new DiscordIngestHost(site, host);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Site.DisposeAsync();
    }
}
