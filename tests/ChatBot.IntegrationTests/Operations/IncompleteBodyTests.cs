using System.Net;
using System.Net.Sockets;
using System.Text;

using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Operations;

/// <summary>
/// Clients whose body cannot be read, on a real Kestrel listening on 127.0.0.1: each is one Debug line, never an Error
/// with a stack trace per connection. Kestrel fails the body read the same way (BadHttpRequestException) for a body
/// arriving slower than its minimum data rate (408) as for the broken chunked body sent here (400).
/// </summary>
public sealed class IncompleteBodyTests : IAsyncLifetime
{
    private const int Clients = 20;
    private readonly CapturingLoggerProvider logs = new();
    private readonly TestSigningKey key = new();
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;
    private Uri address = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack, new FakeCommandDispatcher(), services => services.AddSingleton<ILoggerProvider>(logs));
        host.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        host.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        host.Settings["Logging:LogLevel:Default"] = "Debug";
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await slack.DisposeAsync();
        key.Dispose();
    }

    [Theory]
    [InlineData("/slack/commands", "X-Slack-Signature: v0=" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "X-Slack-Request-Timestamp")]
    [InlineData("/discord/interactions", "X-Signature-Ed25519: " + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "X-Signature-Timestamp")]
    public async Task ClientsWhoseBodyCannotBeRead_AreOneDebugLineEach_NotErrorsWithStackTraces(string path, string signatureHeader, string timestampHeader)
    {
        var timestamp = host.HostClock.GetUtcNow().ToUnixTimeSeconds();
        logs.Entries.Clear();

        var statuses = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => SendBrokenBodyAsync(path, $"{signatureHeader}\r\n{timestampHeader}: {timestamp}")));

        Assert.All(statuses, status => Assert.Equal("400", status));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal(Clients, logs.Entries.Count(e => e.Level == LogLevel.Debug && e.Text.StartsWith($"Request to {path} dropped:", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", logs.AllText, StringComparison.Ordinal);
    }

    /// <summary>Signature headers, then a chunked body whose second chunk size is not hex; returns the status code.</summary>
    private async Task<string> SendBrokenBodyAsync(string path, string signatureHeaders)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = tcp.GetStream();
        var request = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n{signatureHeaders}\r\n\r\n"
            + "10\r\n{\"type\":2,\"id\":\"\r\nzz\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(FakeSlackServer.Patience);
        return statusLine?.Split(' ')[1] ?? "(none)";
    }
}
