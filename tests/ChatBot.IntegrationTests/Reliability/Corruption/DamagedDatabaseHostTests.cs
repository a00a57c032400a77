using System.Net;
using System.Text.Json;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.IntegrationTests.Cli;
using ChatBot.UnitTests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Reliability.Corruption;

/// <summary>
/// `chatbot serve` over the corruption matrix: it starts, /readyz says "degraded" with the reason and what to do
/// (naming the file, never its full path), questions are still answered, fact cards say they are unavailable, and
/// the damaged file is exactly as it was after the host stops. A path holding something else stops `serve`.
/// </summary>
public sealed class DamagedDatabaseHostTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>
{
    [Theory]
    [InlineData(DatabaseDamage.Emptied)]
    [InlineData(DatabaseDamage.Deleted)]
    [InlineData(DatabaseDamage.Cut5000)]
    [InlineData(DatabaseDamage.CutHalf)]
    [InlineData(DatabaseDamage.ZeroedTail)]
    [InlineData(DatabaseDamage.Flipped)]
    public async Task Serve_WithADamagedDatabase_IsDegraded_StillAnswers_AndLeavesTheFileAlone(string damage)
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-damaged-host-").FullName;
        var path = Path.Combine(folder, "chatbot.db");
        template.CopyTo(path);
        DatabaseDamage.Apply(path, damage);
        var before = DatabaseDamage.Snapshot(folder);
        var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Storage:DatabasePath"] = path;
        try
        {
            using var client = factory.CreateClient();
            var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();
            var answer = await dispatcher.DispatchAsync(Request("ask", new() { ["question"] = "How many Japanese nationals did North Korea admit to abducting?" }));
            var cards = await dispatcher.DispatchAsync(Request("factcard", [], "list"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var ready = JsonDocument.Parse(body).RootElement;
            Assert.Equal("degraded", ready.GetProperty("status").GetString());
            var database = ready.GetProperty("database");
            Assert.Equal(("damaged", "chatbot.db"), (database.GetProperty("state").GetString(), database.GetProperty("file").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(database.GetProperty("problem").GetString()));
            Assert.Contains("chatbot db restore", database.GetProperty("action").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(folder, body, StringComparison.Ordinal);
            Assert.Equal(ReplyKind.Answer, answer.Kind);
            Assert.Contains("13 Japanese nationals", answer.Body, StringComparison.Ordinal);
            Assert.Equal(FactCardMessages.Unavailable.Body, cards.Body);
        }
        finally
        {
            factory.Dispose();
        }

        Assert.Equal(before, DatabaseDamage.Snapshot(folder));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Serve_RefusesToStart_WhenTheDatabasePathHoldsSomethingElse()
    {
        using var cli = new CliRunner();
        var readme = Path.Combine(cli.WorkingDirectory, "README.md");
        await File.WriteAllTextAsync(readme, "# Abduction-issue chatbot\n\nA Discord and Slack bot.\n");
        var hash = DatabaseDamage.Hash(readme);

        var (exit, _, error) = await cli.RunAsync("serve", "--urls", "http://127.0.0.1:0", $"--ChatBot:Corpus:Directory={CliRunner.Corpus}", $"--ChatBot:Storage:DatabasePath={readme}");

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: database {readme} is not a database: it is not a LiteDB database (it looks like a text file", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(hash, DatabaseDamage.Hash(readme));
        Assert.False(File.Exists(readme + ".lock"));
    }

    private static CommandRequest Request(string command, Dictionary<string, string> options, string? subcommand = null) =>
        new(ChatPlatform.Cli, new ChatUser("tester"), "channel", command, options, null, subcommand);
}
