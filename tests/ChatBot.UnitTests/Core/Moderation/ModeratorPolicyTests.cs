using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;

namespace ChatBot.UnitTests.FactCards;

public sealed class ModeratorPolicyTests
{
    private readonly ModeratorPolicy policy = new(new ModerationOptions { DiscordRoleIds = ["10"], SlackUserIds = ["U1"], SlackGroupIds = ["S1"] });

    [Theory]
    [InlineData(MemberPermissions.Administrator, null, true)]
    [InlineData(MemberPermissions.ManageMessages, null, true)]
    [InlineData(MemberPermissions.None, "10", true)]
    [InlineData(MemberPermissions.None, "11", false)]
    [InlineData(MemberPermissions.None, null, false)]
    public void Discord_ModeratorsHavePermissionOrConfiguredRole(MemberPermissions permissions, string? role, bool expected) =>
        Assert.Equal(expected, policy.IsModerator(ChatPlatform.Discord, new ChatUser("42", Permissions: permissions, Roles: role is null ? null : [role])));

    [Theory]
    [InlineData("U1", null, true)]
    [InlineData("U2", "S1", true)]
    [InlineData("U2", "S2", false)]
    [InlineData("U2", "10", false)]
    public void Slack_ModeratorsAreConfiguredUsersOrGroups(string userId, string? group, bool expected) =>
        Assert.Equal(expected, policy.IsModerator(ChatPlatform.Slack, new ChatUser(userId, Roles: group is null ? null : [group])));

    [Fact]
    public void Cli_IsNeverAModeratorThroughChat() =>
        Assert.False(policy.IsModerator(ChatPlatform.Cli, new ChatUser("root", Permissions: MemberPermissions.Administrator)));

    [Fact]
    public void EmptyUserId_IsNotAModerator_EvenWithPermissions() =>
        Assert.False(policy.IsModerator(ChatPlatform.Discord, new ChatUser("", Permissions: MemberPermissions.Administrator)));

    [Fact]
    public void Slack_IgnoresPermissionFlags_ModeratorsComeFromConfigurationOnly() =>
        Assert.False(policy.IsModerator(ChatPlatform.Slack, new ChatUser("U9", Permissions: MemberPermissions.Administrator)));
}
