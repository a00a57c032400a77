using System.Globalization;
using System.Net;

using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

public sealed class ReplayTests
{
    private static readonly Dictionary<string, string?> TenSecondWindow = new() { ["ChatBot:Discord:SignatureMaxAge"] = "00:00:10" };

    [Fact]
    public async Task Replay_IsRefusedForAsLongAsTheSignedTimestampIsFresh_NotJustForAWindowAfterReceipt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DiscordTestHost.StartAsync(time: clock, settings: TenSecondWindow);
        var body = Payloads.Button("fb:up:k1").ToJsonString();
        var timestamp = (clock.GetUtcNow().ToUnixTimeSeconds() + 9).ToString(CultureInfo.InvariantCulture);
        var signature = host.Key.Sign(timestamp, body);

        using var first = await host.PostRawAsync(body, signature, timestamp);
        clock.Advance(TimeSpan.FromSeconds(11));
        using var eleventhSecond = await host.PostRawAsync(body, signature, timestamp);
        clock.Advance(TimeSpan.FromSeconds(8));
        using var lastFreshSecond = await host.PostRawAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, eleventhSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, lastFreshSecond.StatusCode);
        Assert.Single(host.Dispatcher.Components);
    }

    [Fact]
    public async Task ConcurrentCopies_OnlyOneIsDispatched()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var body = Payloads.Button("fb:up:k1").ToJsonString();
        var timestamp = host.Timestamp();
        var signature = host.Key.Sign(timestamp, body);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => host.PostRawAsync(body, signature, timestamp)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Single(host.Dispatcher.Components);
        Array.ForEach(responses, r => r.Dispose());
    }
}
