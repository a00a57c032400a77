using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using ChatBot.UnitTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>The real host with Discord configured: a key pair of its own and REST calls going to a loopback Discord API.</summary>
internal sealed class DiscordHost : IAsyncDisposable
{
    private DiscordHost(ChatBotFactory factory, FakeDiscordApi api, TestSigningKey key)
    {
        Factory = factory;
        Api = api;
        Key = key;
    }

    public ChatBotFactory Factory { get; }

    public FakeDiscordApi Api { get; }

    public TestSigningKey Key { get; }

    public static async Task<DiscordHost> StartAsync()
    {
        var api = await FakeDiscordApi.StartAsync();
        var key = new TestSigningKey();
        var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        factory.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        factory.Settings["ChatBot:Discord:ApiBaseUrl"] = api.BaseUrl.ToString();
        return new DiscordHost(factory, api, key);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, TestSigningKey key, JsonObject interaction)
    {
        var body = interaction.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
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
        using var response = await PostAsync(client, Key, interaction);
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
