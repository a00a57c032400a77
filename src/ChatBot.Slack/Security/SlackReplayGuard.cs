using ChatBot.Core.Storage;

namespace ChatBot.Slack.Security;

/// <summary>
/// Refuses a slash command or interaction already accepted while a copy of it would still pass the signature check
/// (five minutes around its timestamp), so a captured signed request is answered once — also after a restart when the
/// store is persisted. Keyed on the single-use trigger_id; a request without one is keyed on its signature, which is
/// unique to its timestamp and body. Events are de-duplicated by event_id instead.
/// </summary>
public sealed class SlackReplayGuard(IReplayStore store, TimeProvider time)
{
    /// <param name="signed">The verified HTTP request; null over Socket Mode, where nothing is signed and now counts.</param>
    public ValueTask<bool> TryAcceptAsync(string? triggerId, SlackRequestBody? signed, CancellationToken cancellationToken = default)
    {
        var key = !string.IsNullOrEmpty(triggerId) ? "slack:trigger:" + triggerId
            : signed is not null ? "slack:signature:" + signed.Signature
            : null;
        if (key is null)
        {
            return ValueTask.FromResult(true);
        }

        // The verifier accepts |now - timestamp| <= 5 minutes in whole seconds: valid until timestamp + 5 min + 1 s.
        var validUntil = (signed?.SignedAt ?? time.GetUtcNow()) + SlackSignatureVerifier.MaxClockSkew + TimeSpan.FromSeconds(1);
        return store.TryRecordAsync(key, validUntil, cancellationToken);
    }
}
