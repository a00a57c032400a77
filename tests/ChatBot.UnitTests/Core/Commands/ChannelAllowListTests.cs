using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Commands;

public sealed class ChannelAllowListTests
{
    [Theory]
    [InlineData("C1", false, true)]
    [InlineData("C9", false, false)]
    [InlineData("D9", true, true)]
    public void WithAList_OnlyItsChannelsAndDirectMessagesAreAllowed(string channel, bool direct, bool allowed) =>
        Assert.Equal(allowed, new ChannelAllowList(["C1"]).IsAllowed(channel, direct));

    [Fact]
    public void DirectMessagesTurnedOff_AreRefused_UnlessListed()
    {
        var list = new ChannelAllowList(["C1", "D1"], allowDirectMessages: false);

        Assert.False(list.IsAllowed("D9", isDirectMessage: true));
        Assert.True(list.IsAllowed("D1", isDirectMessage: true));
    }

    [Fact]
    public void AnEmptyList_AllowsEveryChannel() => Assert.True(new ChannelAllowList([], allowDirectMessages: false).IsAllowed("C9", isDirectMessage: false));

    [Fact]
    public void Refusal_IsPrivate_AndPolite()
    {
        Assert.Equal(ReplyVisibility.Ephemeral, ChannelAllowList.Refusal.Visibility);
        Assert.Equal(ReplyKind.Refused, ChannelAllowList.Refusal.Kind);
    }
}
