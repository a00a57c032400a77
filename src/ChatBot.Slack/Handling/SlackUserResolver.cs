using ChatBot.Core.Commands;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Adds the raw moderator facts to a Slack user: <see cref="MemberPermissions.Administrator"/> for ids in
/// ModeratorUserIds, and in <see cref="ChatUser.Roles"/> each ModeratorGroupIds group the user belongs to
/// (usergroups.users.list, cached). The command layer decides what those facts allow.
/// </summary>
public sealed class SlackUserResolver(SlackApiClient api, SlackDirectoryCache cache, IOptions<SlackOptions> options, ILogger<SlackUserResolver> logger)
{
    public async Task<ChatUser> ResolveAsync(ChatUser user, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var permissions = settings.ModeratorUserIds.Contains(user.Id, StringComparer.Ordinal) ? MemberPermissions.Administrator : MemberPermissions.None;
        var roles = new List<string>();
        foreach (var groupId in settings.ModeratorGroupIds)
        {
            var members = await cache.GroupMembersAsync(groupId, token => LoadMembersAsync(groupId, token), cancellationToken).ConfigureAwait(false);
            if (members.Contains(user.Id))
            {
                roles.Add(groupId);
            }
        }

        return user with { Permissions = user.Permissions | permissions, Roles = roles };
    }

    /// <summary>The bot's own ids from auth.test, remembered once known; null while Slack cannot be asked.</summary>
    public async Task<BotIdentity?> BotIdentityAsync(CancellationToken cancellationToken = default)
    {
        if (cache.Bot is { } known)
        {
            return known;
        }

        try
        {
            var result = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
            return cache.Bot = new BotIdentity(result.UserId, result.BotId);
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            SlackLog.ApiCallFailed(logger, "auth.test", exception.Message);
            return null;
        }
    }

    private async Task<IReadOnlyList<string>?> LoadMembersAsync(string groupId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await api.ListUserGroupMembersAsync(groupId, cancellationToken).ConfigureAwait(false);
            return result.Users ?? [];
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            SlackLog.ApiCallFailed(logger, "usergroups.users.list", exception.Message);
            return null;
        }
    }
}
