using System.Net;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

public sealed class SignatureTests : IAsyncLifetime
{
    private DiscordTestHost host = null!;

    public async Task InitializeAsync() => host = await DiscordTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Ping_IsAnsweredWithPong()
    {
        var response = await host.RespondAsync(Payloads.Ping());

        Assert.Equal("""{"type":1}""", response.ToJsonString());
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task MissingSignatureHeaders_AreRefusedWith401(bool withSignature, bool withTimestamp)
    {
        var body = Payloads.Command("ask", Payloads.Option("question", 3, "When?")).ToJsonString();
        var timestamp = host.Timestamp();

        using var response = await host.PostRawAsync(body, withSignature ? host.Key.Sign(timestamp, body) : null, withTimestamp ? timestamp : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Dispatcher.Commands);
    }

    [Fact]
    public async Task SignatureFromAnotherKey_IsRefused()
    {
        using var otherKey = new TestSigningKey();
        var body = Payloads.Ping().ToJsonString();
        var timestamp = host.Timestamp();

        using var response = await host.PostRawAsync(body, otherKey.Sign(timestamp, body), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ValidSignatureReplayedOnAnotherBody_IsRefused()
    {
        var timestamp = host.Timestamp();
        var signed = Payloads.Ping().ToJsonString();
        var forged = Payloads.Command("ask", Payloads.Option("question", 3, "When?")).ToJsonString();

        using var response = await host.PostRawAsync(forged, host.Key.Sign(timestamp, signed), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Dispatcher.Commands);
    }

    [Fact]
    public async Task ValidSignatureWithAnotherTimestamp_IsRefused()
    {
        var body = Payloads.Ping().ToJsonString();
        var timestamp = host.Timestamp();

        using var response = await host.PostRawAsync(body, host.Key.Sign(timestamp, body), (long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CorrectlySignedButStaleRequest_IsRefused()
    {
        var body = Payloads.Ping().ToJsonString();
        var stale = host.Timestamp(TimeSpan.FromMinutes(-10));

        using var response = await host.PostRawAsync(body, host.Key.Sign(stale, body), stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-hex")]
    [InlineData("abcd")]
    [InlineData("")]
    public async Task MalformedSignature_IsRefused(string signature)
    {
        using var response = await host.PostRawAsync(Payloads.Ping().ToJsonString(), signature, host.Timestamp());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UpperCaseSpellingOfAValidSignature_IsRefused()
    {
        var body = Payloads.Button("fb:up:k1").ToJsonString();
        var timestamp = host.Timestamp();

        using var response = await host.PostRawAsync(body, host.Key.Sign(timestamp, body).ToUpperInvariant(), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Dispatcher.Components);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"type":2}""")]
    [InlineData("""{"type":99,"id":"1","token":"t","data":{}}""")]
    public async Task SignedButMalformedInteraction_IsABadRequest(string body)
    {
        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReplayedInteraction_IsRefusedTheSecondTime()
    {
        var body = Payloads.Button("fb:up:k1").ToJsonString();

        using var first = await host.PostAsync(body);
        using var second = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Single(host.Dispatcher.Components);
    }

    [Fact]
    public async Task OversizeBody_IsRefusedBeforeParsing()
    {
        using var response = await host.PostAsync(new string(' ', 300 * 1024) + "{}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
