using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.IntegrationTests.Study;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// Study replies that are deferred (type 5, then an edit of @original) keep the audience they have inline: an edit
/// cannot change flags, so the deferral itself must already be public or ephemeral.
/// </summary>
public sealed class DiscordDeferredStudyTests : IAsyncLifetime
{
    private DiscordHost host = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private readonly FakeCommandDispatcher dispatcher = new() { Slow = true };

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        factory = host.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(dispatcher.Decorate));
        await factory.Services.GetRequiredService<FactCardService>().ImportAsync(StudyCards.Slug, StudyCards.Summit, FactCardActor.Cli("seed"));
        client = factory.CreateClient();
        _ = factory.Services.GetRequiredService<ICommandDispatcher>();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task DeferredQuizQuestion_IsStillForTheWholeChannel()
    {
        var (deferral, edit) = await DeferredAsync(Payloads.Command("quiz", Payloads.Subcommand("start")).By("680000000000000001", Member));

        Assert.Equal(5, (int)deferral["type"]!);
        Assert.Null(deferral["data"]?["flags"]);
        Assert.StartsWith("Quiz: ", (string)edit["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        Assert.InRange(ButtonIds(edit).Count(id => id.StartsWith("quiz:a:", StringComparison.Ordinal)), 3, 4);
    }

    [Fact]
    public async Task DeferredPost_IsPublic_AndDeferredShowStaysWithTheReader()
    {
        var (postDeferral, posted) = await DeferredAsync(FactCard("post", StudyCards.Slug).By("680000000000000001", ManageMessages));
        var (showDeferral, shown) = await DeferredAsync(FactCard("show", StudyCards.Slug).By("690000000000000001", Member));

        Assert.Equal(5, (int)postDeferral["type"]!);
        Assert.Null(postDeferral["data"]?["flags"]);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", showDeferral.ToJsonString());
        Assert.Equal("The 2002 Pyongyang summit", (string)posted["embeds"]![0]!["title"]!);
        Assert.Equal("The 2002 Pyongyang summit", (string)shown["embeds"]![0]!["title"]!);
    }

    /// <summary>Posts while the command is held, then lets it go: the deferral Discord got, and the edit that followed.</summary>
    private async Task<(JsonObject Deferral, JsonObject Edit)> DeferredAsync(JsonObject interaction)
    {
        dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var response = await host.PostAsync(client, interaction);
        var deferral = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        dispatcher.Gate.SetResult();
        var edit = await host.Api.NextAsync(r => r.Method == "PATCH" && r.Path.Contains((string)interaction["token"]!, StringComparison.Ordinal));
        return (deferral, JsonNode.Parse(edit.Body)!.AsObject());
    }
}
