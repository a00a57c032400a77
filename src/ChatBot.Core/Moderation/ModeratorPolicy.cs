using ChatBot.Core.Commands;

namespace ChatBot.Core.Moderation;

/// <summary>
/// Decides who is a moderator, from the facts an adapter put on the <see cref="ChatUser"/>. Discord: ADMINISTRATOR
/// or MANAGE_MESSAGES, or a configured role. Slack: a configured user id or user group — Slack has no permission
/// bits, so a permission flag on a Slack user means nothing here. Anything else, including the CLI platform,
/// is not a moderator: CLI verbs act on the database directly and say who they act for.
/// </summary>
public sealed class ModeratorPolicy(ModerationOptions options)
{
    private readonly HashSet<string> discordRoles = [.. options.DiscordRoleIds.Where(IsId)];
    private readonly HashSet<string> slackUsers = [.. options.SlackUserIds.Where(IsId)];
    private readonly HashSet<string> slackGroups = [.. options.SlackGroupIds.Where(IsId)];

    public bool IsModerator(ChatPlatform platform, ChatUser user) => platform switch
    {
        ChatPlatform.Discord => HasModeratorPermission(user) || user.RoleIds.Any(discordRoles.Contains),
        ChatPlatform.Slack => slackUsers.Contains(user.Id) || user.RoleIds.Any(slackGroups.Contains),
        _ => false,
    };

    private static bool HasModeratorPermission(ChatUser user) =>
        user.Id.Length > 0 && (user.Permissions & (MemberPermissions.Administrator | MemberPermissions.ManageMessages)) != 0;

    private static bool IsId(string id) => !string.IsNullOrWhiteSpace(id);
}
