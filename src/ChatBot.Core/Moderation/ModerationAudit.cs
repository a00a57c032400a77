using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Moderation;

/// <summary>Records a moderator action in the stored audit trail and reports it to telemetry, with the user id.</summary>
public sealed class ModerationAudit(IModerationLog log, IBotTelemetry telemetry, TimeProvider time)
{
    public async ValueTask RecordAsync(ChatPlatform platform, ChatUser user, string action, string target, string outcome, CancellationToken cancellationToken = default)
    {
        telemetry.ModeratorAction(platform, user.Id, action, target, outcome);
        try
        {
            await log.RecordAsync(new ModerationEntry(time.GetUtcNow(), platform, user.Id, action, target, outcome), cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            // The action stands and telemetry has it; the stored trail misses this entry (as it always did).
        }
    }
}
