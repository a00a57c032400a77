using ChatBot.Discord.Rest;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Discord.Rest;

/// <summary>A Discord REST client against the loopback Discord API, on an instant clock, its logs captured.</summary>
public abstract class RestClientTest : IAsyncLifetime
{
    private ServiceProvider services = null!;

    private protected InstantTimeProvider Time { get; } = new();

    private protected CapturingLoggerProvider Logs { get; } = new();

    private protected FakeDiscordApi Api { get; private set; } = null!;

    private protected DiscordRestClient Client => services.GetRequiredService<DiscordRestClient>();

    public async Task InitializeAsync()
    {
        Api = await FakeDiscordApi.StartAsync();
        services = RestTestServices.Build(Api.BaseUrl, Time, Logs);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
