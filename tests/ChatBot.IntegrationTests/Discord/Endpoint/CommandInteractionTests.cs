using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

public sealed class CommandInteractionTests : IAsyncLifetime
{
    private DiscordTestHost host = null!;

    public async Task InitializeAsync() => host = await DiscordTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Ask_IsAnsweredInline_AsAnEphemeralEmbedThatPingsNobody()
    {
        var response = await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When did the five return?")));

        Assert.Equal(4, (int)response["type"]!);
        var data = response["data"]!;
        Assert.Equal(64, (int)data["flags"]!);
        Assert.Equal("""{"parse":[]}""", data["allowed_mentions"]!.ToJsonString());
        Assert.Contains("[1]", (string)data["embeds"]![0]!["description"]!);
        Assert.Equal("quotes:k1", (string)data["components"]![0]!["components"]![0]!["custom_id"]!);
        var request = Assert.Single(host.Dispatcher.Commands);
        Assert.Equal((ChatPlatform.Discord, "ask", "When did the five return?", Payloads.ChannelId, Payloads.GuildId), (request.Platform, request.Command, request.Option("question"), request.ChannelId, request.WorkspaceId));
    }

    public static TheoryData<JsonObject, string, string?, string> Commands() => new()
    {
        { Payloads.Command("ask", Payloads.Option("question", 3, "q"), Payloads.Option("public", 5, true)), "ask", null, "question=q;public=true" },
        { Payloads.Command("timeline", Payloads.Option("from", 4, 1977), Payloads.Option("to", 4, 2002), Payloads.Option("about", 3, "Yokota Megumi")), "timeline", null, "from=1977;to=2002;about=Yokota Megumi" },
        { Payloads.Command("sources"), "sources", null, "" },
        { Payloads.Command("help"), "help", null, "" },
        { Payloads.Command("factcard", Payloads.Subcommand("show", Payloads.Option("slug", 3, "return-2002"))), "factcard", "show", "slug=return-2002" },
        { Payloads.Command("factcard", Payloads.Subcommand("list")), "factcard", "list", "" },
        { Payloads.Command("quiz", Payloads.Subcommand("start", Payloads.Option("topic", 3, "summits"))), "quiz", "start", "topic=summits" },
        { Payloads.Command("quiz", Payloads.Subcommand("score")), "quiz", "score", "" },
        { Payloads.Command("reading", Payloads.Option("topic", 3, "families")), "reading", null, "topic=families" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EachCommand_IsMappedToTheCommandLayer(JsonObject interaction, string command, string? subcommand, string options)
    {
        await host.RespondAsync(interaction);

        var request = Assert.Single(host.Dispatcher.Commands);
        Assert.Equal((command, subcommand), (request.Command, request.Subcommand));
        Assert.Equal(options, string.Join(';', request.Options.Select(o => $"{o.Key}={o.Value}")));
    }

    [Theory]
    [InlineData("2048", MemberPermissions.None)]
    [InlineData("8192", MemberPermissions.ManageMessages)]
    [InlineData("8", MemberPermissions.Administrator | MemberPermissions.ManageMessages)]
    [InlineData("1099511627775", MemberPermissions.Administrator | MemberPermissions.ManageMessages)]
    [InlineData("not a number", MemberPermissions.None)]
    public async Task MemberPermissionsAndRoles_AreMapped(string permissions, MemberPermissions expected)
    {
        var interaction = Payloads.Command("help");
        interaction["member"] = Payloads.Member(permissions, "800000000000000001", "800000000000000002");

        await host.RespondAsync(interaction);

        var user = Assert.Single(host.Dispatcher.Commands).User;
        Assert.Equal((Payloads.UserId, "Researcher", expected), (user.Id, user.DisplayName, user.Permissions));
        Assert.Equal(["800000000000000001", "800000000000000002"], user.RoleIds);
    }

    [Fact]
    public async Task DirectMessage_UsesTheUserObject()
    {
        await host.RespondAsync(Payloads.Command("help").InDirectMessage());

        var request = Assert.Single(host.Dispatcher.Commands);
        Assert.Equal((Payloads.UserId, MemberPermissions.None, null), (request.User.Id, request.User.Permissions, request.WorkspaceId));
    }

    [Fact]
    public async Task UnknownCommand_GoesToTheCommandLayer_WhichAnswersSafely()
    {
        host.Dispatcher.OnCommand = (r, _) => Task.FromResult(new Reply { Kind = ReplyKind.Invalid, Body = $"Unknown command /{r.Command}." });

        var response = await host.RespondAsync(Payloads.Command("frobnicate"));

        Assert.Equal("Unknown command /frobnicate.", (string)response["data"]!["content"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
    }

    [Fact]
    public async Task OversizeOption_IsRefusedWithoutDispatching()
    {
        var response = await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, new string('q', 501))));

        Assert.Equal("The question option is too long: at most 500 characters, please.", (string)response["data"]!["content"]!);
        Assert.Empty(host.Dispatcher.Commands);
    }

    [Fact]
    public async Task DispatcherThatThrows_GivesAGenericMessage_NeverTheException()
    {
        host.Dispatcher.OnCommand = (_, _) => throw new InvalidOperationException("secret internals at C:\\src\\Foo.cs:line 42");

        var response = await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "q")));

        var content = (string)response["data"]!["content"]!;
        Assert.Equal("Sorry, something went wrong on our side. Please try again in a moment.", content);
        Assert.DoesNotContain("internals", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyWithAForm_OpensAModal()
    {
        host.Dispatcher.OnCommand = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.FactCard, Form = new ReplyForm("fc:create", "New fact card", [new FormField("title", "Title")]) });

        var response = await host.RespondAsync(Payloads.Command("factcard", Payloads.Subcommand("create")));

        Assert.Equal(9, (int)response["type"]!);
        Assert.Equal("fc:create", (string)response["data"]!["custom_id"]!);
        Assert.Equal("title", (string)response["data"]!["components"]![0]!["components"]![0]!["custom_id"]!);
    }

    [Fact]
    public async Task Autocomplete_ReturnsChoicesForTheFocusedOption()
    {
        var response = await host.RespondAsync(Payloads.Autocomplete("timeline", Payloads.Option("from", 4, 1977), Payloads.Option("about", 3, "yok", focused: true)));

        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"Yokota Megumi","value":"yokota-megumi"}]}}""", response.ToJsonString());
        var (request, focused) = Assert.Single(host.Dispatcher.Autocompletes);
        Assert.Equal(("about", "yok"), (focused, request.Option("about")));
    }

    [Fact]
    public async Task Autocomplete_InASubcommand_FindsTheFocusedOption()
    {
        await host.RespondAsync(Payloads.Autocomplete("factcard", Payloads.Subcommand("show", Payloads.Option("slug", 3, "ret", focused: true))));

        var (request, focused) = Assert.Single(host.Dispatcher.Autocompletes);
        Assert.Equal(("slug", "show"), (focused, request.Subcommand));
    }

    [Fact]
    public async Task Autocomplete_ThatFails_OffersNoChoices()
    {
        host.Dispatcher.OnAutocomplete = (_, _) => throw new InvalidOperationException("index not loaded");

        var response = await host.RespondAsync(Payloads.Autocomplete("timeline", Payloads.Option("about", 3, "y", focused: true)));

        Assert.Equal("""{"type":8,"data":{"choices":[]}}""", response.ToJsonString());
    }
}
