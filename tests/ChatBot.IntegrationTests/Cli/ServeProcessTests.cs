using System.Net;
using System.Net.Sockets;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>`chatbot serve` as a real process.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Serve_OnAPortAlreadyTaken_SaysSoInOneLine_AndExits1()
    {
        using var cli = new CliRunner();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, output, error) = await cli.RunAsync(
            "serve", "--urls", address,
            $"--ChatBot:Corpus:Directory={CliRunner.Corpus}",
            $"--ChatBot:Corpus:SnapshotDirectory={Path.Combine(cli.WorkingDirectory, "index")}",
            $"--ChatBot:Storage:DatabasePath={Path.Combine(cli.WorkingDirectory, "chatbot.db")}");

        Assert.Equal(1, exit);
        Assert.Equal($"error: Failed to bind to address {address}: address already in use.", error.Trim());
        Assert.True(!(output + error).Contains("   at ", StringComparison.Ordinal), output + "\n---\n" + error);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }
}
