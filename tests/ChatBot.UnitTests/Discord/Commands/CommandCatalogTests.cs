using System.Text.Json;

using ChatBot.Core.Commands;
using ChatBot.Discord.Commands;

namespace ChatBot.UnitTests.Discord.Commands;

public sealed class CommandCatalogTests
{
    private static readonly DiscordCommandCatalog Catalog = DiscordCommandCatalog.LoadEmbedded();

    [Fact]
    public void EmbeddedCatalog_KeepsEveryDiscordLimit()
    {
        Assert.Empty(CommandCatalogValidator.Validate(Catalog.Commands));
        Assert.Empty(CommandCatalogValidator.Validate(Catalog.ForScope(guild: true)));
    }

    [Fact]
    public void EmbeddedCatalog_DefinesTheIssuesCommands()
    {
        Assert.Equal(["ask", "timeline", "sources", "help", "admin", "factcard", "quiz", "reading", "corpus"], Catalog.Commands.Where(c => c.Type == 1).Select(c => c.Name));
        Assert.Equal(["question", "public"], Catalog.Find("ask")!.Options!.Select(o => o.Name));
        Assert.True(Catalog.Find("ask")!.Options![0].IsRequired);
        Assert.True(Catalog.Find("timeline")!.Options!.Single(o => o.Name == "about").Autocomplete);
        Assert.Equal(["show", "post", "list", "create", "edit", "delete", "history", "draft"], Catalog.Find("factcard")!.Options!.Select(o => o.Name));
        Assert.All(
            Catalog.Find("factcard")!.Options!.SelectMany(s => s.Options ?? []).Where(o => o.Name == "slug"),
            slug => Assert.True(slug.Autocomplete));
        Assert.Equal(["start", "score"], Catalog.Find("quiz")!.Options!.Select(o => o.Name));
        var add = Assert.Single(Catalog.Find("corpus")!.Options!);
        Assert.Equal(("add", "url", true), (add.Name, add.Options!.Single().Name, add.Options!.Single().IsRequired));
    }

    [Fact]
    public void EmbeddedCatalog_DefinesTheMessageCommand_AndTheAdapterKnowsEveryOne()
    {
        var check = Assert.Single(Catalog.Commands, c => c.Type == CommandCatalogValidator.MessageCommand);
        Assert.Equal("Check with sources", check.Name);
        Assert.Equal("", check.Description);
        Assert.Null(check.Options);
        Assert.Equal("check", ChatBot.Discord.Interactions.MessageCommands.CommandFor(check.Name));
        Assert.Equal("", Assert.Single(Catalog.ForScope(guild: true), c => c.Type == 3).Description);
    }

    [Fact]
    public void Validator_HoldsMessageCommandsToTheirOwnRules()
    {
        ApplicationCommand[] commands =
        [
            new() { Name = "Check with sources", Type = 3 },
            new() { Name = "check", Type = 1, Description = "A slash command may share a message command's name" },
            new() { Name = "Described", Type = 3, Description = "not allowed" },
            new() { Name = "With options", Type = 3, Options = [new() { Type = ApplicationCommandOption.String, Name = "x", Description = "d" }] },
            new() { Name = new string('n', 33), Type = 3 },
            new() { Name = "Check with sources", Type = 3 },
            new() { Name = "Odd", Type = 7 },
            .. Enumerable.Range(0, 2).Select(i => new ApplicationCommand { Name = $"Extra {i}", Type = 3 }),
        ];

        var errors = CommandCatalogValidator.Validate(commands);

        Assert.Contains(errors, e => e == "message command 'Described': a user or message command has no description");
        Assert.Contains(errors, e => e == "message command 'With options': a user or message command has no options");
        Assert.Contains(errors, e => e.StartsWith($"message command '{new string('n', 33)}': name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "message command 'Check with sources': defined 2 times");
        Assert.Contains(errors, e => e == "7 commands of type 3; Discord allows 5");
        Assert.Contains(errors, e => e == "/Odd: unknown command type 7");
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void GuildScope_DropsGlobalOnlyFields()
    {
        Assert.All(Catalog.ForScope(guild: true), c => Assert.Null(c.Contexts));
        Assert.Contains(Catalog.ForScope(guild: false), c => c.Contexts is not null);
    }

    [Fact]
    public void DeferredVisibility_AndOptionLimits_ComeFromTheCatalog()
    {
        Assert.True(CommandVisibility.IsPublicByDefault("factcard", "post"));
        Assert.True(CommandVisibility.IsPublicByDefault("quiz", "start"));
        Assert.False(CommandVisibility.IsPublicByDefault("ask", null));
        Assert.Equal(500, Catalog.MaxLengthOf("ask", null, "question"));
        Assert.Equal(100, Catalog.MaxLengthOf("factcard", "show", "slug"));
        Assert.Equal(DiscordCommandCatalog.MaxStringOptionLength, Catalog.MaxLengthOf("nope", null, "x"));
    }

    [Fact]
    public void OptionLimits_AreReadOnce_ThroughGroupsAndSubcommands()
    {
        static ApplicationCommandOption Text(string name, int? max) => new() { Type = ApplicationCommandOption.String, Name = name, Description = "d", MaxLength = max };
        var catalog = new DiscordCommandCatalog(new CommandCatalogFile(
        [
            new ApplicationCommand
            {
                Name = "notes",
                Description = "d",
                Options =
                [
                    Text("title", 40),
                    new() { Type = ApplicationCommandOption.SubCommandGroup, Name = "draft", Description = "d", Options = [new() { Type = ApplicationCommandOption.SubCommand, Name = "save", Description = "d", Options = [Text("body", 900), Text("tag", null)] }] },
                ],
            },
        ]));

        Assert.Equal(40, catalog.MaxLengthOf("notes", null, "title"));
        Assert.Equal(900, catalog.MaxLengthOf("notes", "draft save", "body"));
        Assert.Equal(900, catalog.MaxLengthOf("notes", " draft  save ", "body"));
        Assert.Equal(DiscordCommandCatalog.MaxStringOptionLength, catalog.MaxLengthOf("notes", "draft save", "tag"));
        Assert.Equal(DiscordCommandCatalog.MaxStringOptionLength, catalog.MaxLengthOf("notes", "draft", "body"));
        Assert.Equal(DiscordCommandCatalog.MaxStringOptionLength, catalog.MaxLengthOf("notes", null, "body"));
        Assert.Equal(2, catalog.MaxLengths.Count);
    }

    [Fact]
    public void Validator_FindsEveryKindOfMistake()
    {
        static ApplicationCommandOption Text(string name, bool required = false) => new() { Type = ApplicationCommandOption.String, Name = name, Description = "d", Required = required };
        ApplicationCommand[] broken =
        [
            new() { Name = "Ask Me", Description = "d" },
            new() { Name = "long", Description = new string('d', 101) },
            new() { Name = "many", Description = "d", Options = [.. Enumerable.Range(0, 26).Select(i => Text($"o{i}"))] },
            new() { Name = "order", Description = "d", Options = [Text("optional"), Text("required", required: true)] },
            new() { Name = "auto", Description = "d", Options = [Text("x") with { Autocomplete = true, Choices = [new("a", JsonSerializer.SerializeToElement("a"))] }] },
            new() { Name = "mixed", Description = "d", Options = [Text("x"), new() { Type = ApplicationCommandOption.SubCommand, Name = "sub", Description = "d" }] },
            new() { Name = "huge", Description = "d", Options = [.. Enumerable.Range(0, 25).Select(i => Text($"o{i}") with { Choices = [.. Enumerable.Range(0, 25).Select(c => new ApplicationCommandChoice($"c{c}" + new string('n', 20), JsonSerializer.SerializeToElement(new string('v', 20))))] })] },
            new() { Name = "perm", Description = "d", DefaultMemberPermissions = "moderators" },
        ];

        var errors = CommandCatalogValidator.Validate(broken);

        Assert.Contains(errors, e => e.StartsWith("/Ask Me: name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/long: description", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "/many: 26 options; Discord allows 25");
        Assert.Contains(errors, e => e == "/order required: required options must come before optional ones");
        Assert.Contains(errors, e => e.StartsWith("/auto x: autocomplete", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "/mixed: sub-commands cannot be mixed with other options");
        Assert.Contains(errors, e => e.StartsWith("/huge: ", StringComparison.Ordinal) && e.Contains("Discord allows 8000", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/perm: default_member_permissions", StringComparison.Ordinal));
        Assert.Equal(8, errors.Count);
    }

    [Fact]
    public void Compare_ReportsAddedUpdatedUnchangedAndRemoved()
    {
        var existing = new List<ApplicationCommand>
        {
            Catalog.Find("ask")! with { Options = [.. Catalog.Find("ask")!.Options!.Select(o => o with { Required = o.Required ?? false })] },
            Catalog.Find("help")! with { Description = "old text" },
            new() { Name = "legacy", Description = "gone" },
            new() { Name = "Old menu", Type = 3 },
            Catalog.Commands.Single(c => c.Type == 3),
        };

        var report = CommandRegistrar.Compare(Catalog.Commands, existing);
        var changes = report.ToDictionary(c => c.Name, c => c.Kind);

        Assert.Equal(CommandChangeKind.Unchanged, changes["Check with sources"]);
        Assert.Equal(CommandChangeKind.Removed, changes["Old menu"]);
        Assert.Contains("- \"Old menu\" (message menu) (removed)", report.Select(c => c.ToString()));
        Assert.Equal(CommandChangeKind.Unchanged, changes["ask"]);
        Assert.Equal(CommandChangeKind.Updated, changes["help"]);
        Assert.Equal(CommandChangeKind.Added, changes["timeline"]);
        Assert.Equal(CommandChangeKind.Removed, changes["legacy"]);
    }

    [Fact]
    public void EveryRegisteredCommand_IsACoreCommand()
    {
        var chat = Catalog.Commands.Where(c => (c.Type ?? CommandCatalogValidator.ChatInput) == CommandCatalogValidator.ChatInput).Select(c => c.Name);
        var messageCommands = Catalog.Commands.Where(c => c.Type == CommandCatalogValidator.MessageCommand).Select(c => ChatBot.Discord.Interactions.MessageCommands.CommandFor(c.Name));

        Assert.All(chat, name => Assert.Contains(name, CommandNames.All));
        Assert.All(messageCommands, name => Assert.Contains(name, CommandNames.All));
    }
}
