using System.Collections.Concurrent;

using ChatBot.Discord.Configuration;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Security;

/// <summary>
/// Refuses an interaction id seen before within the signature window, so a captured signed request (a feedback
/// button press, say) cannot be counted twice. Discord never delivers one interaction twice.
/// </summary>
internal sealed class ReplayGuard(IOptions<DiscordOptions> options, TimeProvider time)
{
    private const int PruneEvery = 1024;
    private readonly ConcurrentDictionary<string, long> seen = new(StringComparer.Ordinal);
    private readonly TimeSpan window = options.Value.SignatureMaxAge > TimeSpan.Zero ? options.Value.SignatureMaxAge : TimeSpan.FromMinutes(15);
    private int additions;

    public bool TryAccept(string interactionId)
    {
        var now = time.GetUtcNow().UtcTicks;
        var expires = now + window.Ticks;
        if (!seen.TryAdd(interactionId, expires))
        {
            if (seen.TryGetValue(interactionId, out var until) && until > now)
            {
                return false;
            }

            seen[interactionId] = expires;
        }

        if (Interlocked.Increment(ref additions) % PruneEvery == 0)
        {
            foreach (var (id, until) in seen)
            {
                if (until <= now)
                {
                    seen.TryRemove(id, out _);
                }
            }
        }

        return true;
    }
}
