using ChatBot.Discord.Rest;
using ChatBot.Discord.Wire;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Discord.Rest;

/// <summary>
/// Bursts of 429s and 5xx before success: each wait is the one Discord asked for, and the message is delivered
/// exactly once (one 200, the same nonce on every attempt). Waits are recorded by the clock, never slept.
/// </summary>
public sealed class DiscordRestBurstTests : IAsyncLifetime
{
    private const string Channel = "400000000000000001";
    private static readonly MessagePayload Message = new() { Content = "Five abductees returned [1].", AllowedMentions = AllowedMentions.None };
    private readonly InstantTimeProvider time = new();
    private FakeDiscordApi api = null!;
    private ServiceProvider services = null!;

    private DiscordRestClient Client => services.GetRequiredService<DiscordRestClient>();

    public async Task InitializeAsync()
    {
        api = await FakeDiscordApi.StartAsync();
        services = RestTestServices.Build(api.BaseUrl, time);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task RateLimitBurst_WaitsEachRetryAfterInTurn_ThenEditsOnce()
    {
        foreach (var seconds in new[] { "0.5", "1.25", "2" })
        {
            api.FailNext("PATCH", "@original", 429, $$"""{"message":"You are being rate limited.","retry_after":{{seconds}},"global":false}""", new() { ["Retry-After"] = "9" });
        }

        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message);

        Assert.Equal([429, 429, 429, 200], api.Requests.Select(r => r.Status));
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(2)], time.RequestedDelays.Where(d => d > TimeSpan.Zero));
    }

    [Fact]
    public async Task RateLimitBurst_FromAProxyWithoutJson_HonoursResetAfterFirst_ThenRetryAfter()
    {
        api.FailNext("PATCH", "@original", 429, "<html>slow down</html>", new() { ["X-RateLimit-Reset-After"] = "1.75", ["Retry-After"] = "5" });
        api.FailNext("PATCH", "@original", 429, "<html>slow down</html>", new() { ["Retry-After"] = "3" });

        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message);

        Assert.Equal([429, 429, 200], api.Requests.Select(r => r.Status));
        Assert.Equal([TimeSpan.FromSeconds(1.75), TimeSpan.FromSeconds(3)], time.RequestedDelays.Where(d => d > TimeSpan.Zero));
    }

    [Fact]
    public async Task ServerErrorBurst_OnANoncedMessage_IsRetriedWithTheSameNonce_AndDeliveredOnce()
    {
        api.FailNext("POST", "/channels/", 500);
        api.FailNext("POST", "/channels/", 502);
        api.FailNext("POST", "/channels/", 503);

        await Client.CreateMessageAsync(Channel, Message with { Nonce = "540000000000000001", EnforceNonce = true });

        Assert.Equal([500, 502, 503, 200], api.Requests.Select(r => r.Status));
        Assert.Single(api.Requests.Select(r => r.Body).Distinct());
        Assert.Contains("\"nonce\":\"540000000000000001\"", api.Requests.First().Body, StringComparison.Ordinal);
        Assert.Equal(3, time.RequestedDelays.Count(d => d > TimeSpan.Zero));
    }

    [Fact]
    public async Task RateLimitAndServerErrorsInterleaved_DeliverTheMessageExactlyOnce()
    {
        api.FailNext("POST", "/channels/", 429, """{"retry_after":0.75,"global":false}""");
        api.FailNext("POST", "/channels/", 500);
        api.FailNext("POST", "/channels/", 429, """{"retry_after":1.5,"global":false}""");

        await Client.CreateMessageAsync(Channel, Message with { Nonce = "540000000000000002", EnforceNonce = true });

        Assert.Equal([429, 500, 429, 200], api.Requests.Select(r => r.Status));
        Assert.Single(api.Requests, r => r.Status == 200);
        Assert.Contains(TimeSpan.FromSeconds(0.75), time.RequestedDelays);
        Assert.Contains(TimeSpan.FromSeconds(1.5), time.RequestedDelays);
    }

    [Fact]
    public async Task ServerErrorBurstLongerThanTheRetries_FailsAfterFiveAttempts_WithoutALateDuplicate()
    {
        for (var i = 0; i <= DiscordRetryPolicy.MaxRetryAttempts; i++)
        {
            api.FailNext("POST", "/channels/", 503);
        }

        await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync(Channel, Message with { Nonce = "540000000000000003", EnforceNonce = true }));

        Assert.Equal(DiscordRetryPolicy.MaxRetryAttempts + 1, api.Requests.Count);
        Assert.DoesNotContain(api.Requests, r => r.Status == 200);
    }
}
