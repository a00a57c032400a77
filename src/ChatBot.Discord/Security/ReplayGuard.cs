using ChatBot.Core.Storage;
using ChatBot.Discord.Configuration;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Security;

/// <summary>
/// Refuses an interaction id already accepted while a copy of its request would still pass the signature check, so a
/// captured signed request (a feedback button press, say) cannot be counted twice — not even after a restart when the
/// store is persisted. Discord never delivers one interaction twice.
/// </summary>
internal sealed class ReplayGuard(IReplayStore store, IOptions<DiscordOptions> options, TimeProvider time)
{
    /// <summary>Without a freshness check a signature never expires; keep the id as long as its token lives.</summary>
    private static readonly TimeSpan WithoutMaxAge = TimeSpan.FromMinutes(15);

    public ValueTask<bool> TryAcceptAsync(string interactionId, long signedAtSeconds, CancellationToken cancellationToken = default) =>
        store.TryRecordAsync("discord:interaction:" + interactionId, ValidUntil(signedAtSeconds), cancellationToken);

    // The verifier accepts |now - timestamp| <= max age in whole seconds, i.e. until timestamp + max age + 1 s: the
    // record must last that long, whatever the receive time (a timestamp in the future lasts longer).
    private DateTimeOffset ValidUntil(long signedAtSeconds)
    {
        var maxAge = options.Value.SignatureMaxAge;
        return maxAge > TimeSpan.Zero
            ? DateTimeOffset.FromUnixTimeSeconds(signedAtSeconds) + maxAge + TimeSpan.FromSeconds(1)
            : time.GetUtcNow() + WithoutMaxAge;
    }
}
