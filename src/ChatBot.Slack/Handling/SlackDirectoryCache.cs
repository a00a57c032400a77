using System.Collections.Concurrent;
using System.Collections.Frozen;

using ChatBot.Slack.Configuration;

using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Process-wide memory of Slack facts that change rarely: user-group members (kept for
/// <see cref="SlackOptions.ModeratorGroupCacheDuration"/>; a stale list is kept when a refresh fails) and the bot's identity.
/// </summary>
public sealed class SlackDirectoryCache(TimeProvider timeProvider, IOptions<SlackOptions> options)
{
    private readonly ConcurrentDictionary<string, GroupEntry> _groups = new(StringComparer.Ordinal);

    public BotIdentity? Bot { get; set; }

    public async Task<IReadOnlySet<string>> GroupMembersAsync(string groupId, Func<CancellationToken, Task<IReadOnlyList<string>?>> load, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        if (_groups.TryGetValue(groupId, out var cached) && cached.Expires > now)
        {
            return cached.Members;
        }

        var loaded = await load(cancellationToken).ConfigureAwait(false);
        if (loaded is null)
        {
            return cached?.Members ?? FrozenSet<string>.Empty;
        }

        var entry = new GroupEntry(now + options.Value.ModeratorGroupCacheDuration, loaded.ToFrozenSet(StringComparer.Ordinal));
        _groups[groupId] = entry;
        return entry.Members;
    }

    private sealed record GroupEntry(DateTimeOffset Expires, FrozenSet<string> Members);
}
