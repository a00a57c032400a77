namespace ChatBot.Core.Commands;

/// <summary>
/// Who sent a command. <see cref="Roles"/> holds Discord role ids or Slack user-group ids; moderator status is
/// decided from these by the command layer, never by an adapter.
/// </summary>
public sealed record ChatUser(string Id, string? DisplayName = null, MemberPermissions Permissions = MemberPermissions.None, IReadOnlyList<string>? Roles = null)
{
    public IReadOnlyList<string> RoleIds => Roles ?? [];
}
