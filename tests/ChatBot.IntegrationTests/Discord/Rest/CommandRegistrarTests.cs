using System.Text.Json.Nodes;

using ChatBot.Discord.Commands;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Discord.Rest;

public sealed class CommandRegistrarTests : IAsyncLifetime
{
    private FakeDiscordApi api = null!;

    public async Task InitializeAsync() => api = await FakeDiscordApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task GuildRegistration_BulkOverwritesTheGuildsCommands_AndReportsWhatChanged()
    {
        await using var services = RestTestServices.Build(api.BaseUrl, new FakeTimeProvider());
        api.SetExistingCommands("""[{"id":"1","application_id":"1","name":"legacy","description":"old","type":1,"version":"1"}]""");

        var report = await services.GetRequiredService<CommandRegistrar>().RegisterAsync("300000000000000001");

        var put = api.Requests.Single(r => r.Method == "PUT");
        Assert.Equal($"/api/v10/applications/{Payloads.ApplicationId}/guilds/300000000000000001/commands", put.Path);
        Assert.Equal($"Bot {DiscordTestHost.BotToken}", put.Headers["Authorization"]);
        var commands = JsonNode.Parse(put.Body)!.AsArray();
        Assert.Equal(10, commands.Count);
        Assert.All(commands, c => Assert.Null(c!["contexts"]));
        var menu = Assert.Single(commands, c => (int)c!["type"]! == 3)!;
        Assert.Equal(("Check with sources", ""), ((string)menu["name"]!, (string)menu["description"]!));
        Assert.Null(menu["options"]);
        Assert.Equal("guild 300000000000000001", report.Scope);
        Assert.Equal(10, report.Changes.Count(c => c.Kind == CommandChangeKind.Added));
        Assert.Contains(report.Changes, c => c is { Name: "legacy", Kind: CommandChangeKind.Removed });
        Assert.StartsWith("Discord commands (guild 300000000000000001): 10 added, 0 updated, 1 removed, 0 unchanged", report.Lines().First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisteringTwice_ReportsNothingChanged_TheSecondTime()
    {
        await using var services = RestTestServices.Build(api.BaseUrl, new FakeTimeProvider());
        var registrar = services.GetRequiredService<CommandRegistrar>();

        await registrar.RegisterAsync();
        var second = await registrar.RegisterAsync();

        Assert.Equal("global", second.Scope);
        Assert.False(second.HasChanges);
        Assert.Contains(api.Requests, r => r.Method == "PUT" && r.Path == $"/api/v10/applications/{Payloads.ApplicationId}/commands" && r.Body.Contains("\"contexts\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutABotToken_RegistrationNamesTheMissingKey()
    {
        await using var services = RestTestServices.Build(api.BaseUrl, new FakeTimeProvider(), botToken: null);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<CommandRegistrar>().RegisterAsync());

        Assert.StartsWith("ChatBot:Discord:BotToken is required", failure.Message, StringComparison.Ordinal);
        Assert.Empty(api.Requests);
    }
}
