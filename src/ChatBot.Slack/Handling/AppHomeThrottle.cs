using System.Collections.Concurrent;

using ChatBot.Slack.Configuration;

using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Lets the App Home be published for a person at most once per <see cref="SlackOptions.HomeRefreshInterval"/>: Slack
/// sends app_home_opened every time the tab is opened, and views.publish has a rate limit of its own.
/// </summary>
public sealed class AppHomeThrottle(TimeProvider time, IOptions<SlackOptions> options)
{
    private const int People = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> last = new(StringComparer.Ordinal);

    /// <summary>True (and remembered) when the person's home may be published now.</summary>
    public bool TryEnter(string? workspaceId, string userId)
    {
        var now = time.GetUtcNow();
        var interval = options.Value.HomeRefreshInterval;
        var key = $"{workspaceId ?? "-"}:{userId}";
        if (last.Count >= People)
        {
            foreach (var stale in last.Where(e => now - e.Value >= interval).Select(e => e.Key).ToList())
            {
                last.TryRemove(stale, out _);
            }
        }

        while (true)
        {
            if (!last.TryGetValue(key, out var previous))
            {
                if (last.TryAdd(key, now))
                {
                    return true;
                }

                continue;
            }

            if (now - previous < interval)
            {
                return false;
            }

            if (last.TryUpdate(key, now, previous))
            {
                return true;
            }
        }
    }
}
