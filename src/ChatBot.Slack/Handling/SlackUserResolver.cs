using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Adds the raw moderator facts to a Slack user: in <see cref="ChatUser.Roles"/>, each moderator group of
/// <c>ChatBot:Moderation:SlackGroupIds</c> the user belongs to (usergroups.users.list, cached). Slack payloads carry no
/// group membership, so the adapter looks it up; the command layer's moderator policy, reading the same section,
/// decides what the facts allow (moderator user ids need no lookup).
/// </summary>
public sealed class SlackUserResolver(SlackApiClient api, SlackDirectoryCache cache, IOptions<ModerationOptions> moderation, ILogger<SlackUserResolver> logger)
{
    public async Task<ChatUser> ResolveAsync(ChatUser user, CancellationToken cancellationToken = default)
    {
        var roles = new List<string>();
        foreach (var groupId in moderation.Value.SlackGroupIds.Where(id => !string.IsNullOrWhiteSpace(id)))
        {
            var members = await cache.GroupMembersAsync(groupId, token => LoadMembersAsync(groupId, token), cancellationToken).ConfigureAwait(false);
            if (members.Contains(user.Id))
            {
                roles.Add(groupId);
            }
        }

        return user with { Roles = roles };
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
