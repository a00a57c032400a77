using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// The real host with Discord configured: a key pair of its own, REST calls going to a loopback Discord API, and a
/// fake clock (<see cref="Time"/>) that signs the requests and that only a test moves: the inline budget never runs
/// out by itself, so an answer is inline unless the test defers it (a slow command, or moving the clock past the budget).
/// </summary>
internal sealed class DiscordHost : IAsyncDisposable
{
    private DiscordHost(ChatBotFactory factory, FakeDiscordApi api, TestSigningKey key, ObservedTimeProvider time)
    {
        Factory = factory;
        Api = api;
        Key = key;
        Time = time;
    }

    public ChatBotFactory Factory { get; }

    public FakeDiscordApi Api { get; }

    public TestSigningKey Key { get; }

    public ObservedTimeProvider Time { get; }

    public static async Task<DiscordHost> StartAsync()
    {
        var api = await FakeDiscordApi.StartAsync();
        var key = new TestSigningKey();
        var time = new ObservedTimeProvider();
        var factory = new ChatBotFactory { Clock = time };
        factory.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        factory.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        factory.Settings["ChatBot:Discord:ApiBaseUrl"] = api.BaseUrl.ToString();
        return new DiscordHost(factory, api, key, time);
    }

    /// <summary>Signed by this host's key, at this host's time.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject interaction) => PostAsync(client, Key, interaction, Time);

    /// <summary>Signed by <paramref name="key"/> at the time of <paramref name="clock"/>, which must be the clock of the host that receives it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, TestSigningKey key, JsonObject interaction, TimeProvider clock)
    {
        var body = interaction.ToJsonString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", key.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await client.SendAsync(request);
    }

    /// <summary>The message the user ends up seeing: inline, or the edit that follows a deferral.</summary>
    public async Task<(int Type, JsonObject Message)> ShownAsync(HttpClient client, JsonObject interaction)
    {
        var shown = await SeeAsync(client, interaction);
        return (shown.Type, shown.Message);
    }

    /// <summary>
    /// Like <see cref="ShownAsync"/>, and also who sees it: an edit cannot change flags, so after a type 5 deferral
    /// the deferral's flags decide; after a type 6 the follow-up carries its own.
    /// </summary>
    public async Task<ShownMessage> SeeAsync(HttpClient client, JsonObject interaction)
    {
        using var response = await PostAsync(client, interaction);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var type = (int)body["type"]!;
        if (type is 5 or 6)
        {
            var token = (string)interaction["token"]!;
            var delivered = await Api.NextAsync(r => r.Path.Contains(token, StringComparison.Ordinal));
            var message = JsonNode.Parse(delivered.Body)!.AsObject();
            return new ShownMessage(type, message, IsEphemeral(type == 5 ? body["data"] : message));
        }

        var data = body["data"]!.AsObject();
        return new ShownMessage(type, data, IsEphemeral(data));
    }

    private static bool IsEphemeral(JsonNode? data) => (((int?)data?["flags"] ?? 0) & 64) != 0;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
        Key.Dispose();
    }
}
