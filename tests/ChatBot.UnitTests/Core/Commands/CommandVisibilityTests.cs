using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Commands;

public sealed class CommandVisibilityTests
{
    [Theory]
    [InlineData(CommandNames.Ask, null, null, ReplyVisibility.Ephemeral)]
    [InlineData(CommandNames.Ask, null, "true", ReplyVisibility.Public)]
    [InlineData(CommandNames.Ask, null, "no", ReplyVisibility.Ephemeral)]
    [InlineData(CommandNames.FactCard, "post", null, ReplyVisibility.Public)]
    [InlineData(CommandNames.FactCard, "show", null, ReplyVisibility.Ephemeral)]
    [InlineData(CommandNames.Quiz, "start", null, ReplyVisibility.Public)]
    public void Of_IsPrivateUnlessAskedOrPublicByNature(string command, string? subcommand, string? publicFlag, ReplyVisibility expected)
    {
        var options = publicFlag is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [CommandNames.PublicOption] = publicFlag };

        Assert.Equal(expected, CommandVisibility.Of(new CommandRequest(ChatPlatform.Discord, new ChatUser("1"), "C1", command, options, Subcommand: subcommand)));
    }
}
