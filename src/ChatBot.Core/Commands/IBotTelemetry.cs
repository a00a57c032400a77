using ChatBot.Core.Answers;

namespace ChatBot.Core.Commands;

/// <summary>
/// What the command layer reports about its work: the host turns these into logs and metrics. Core stays free
/// of logging and metrics packages; implementations must be cheap and must not throw.
/// </summary>
public interface IBotTelemetry
{
    void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs);

    void CommandFailed(ChatPlatform platform, string command, Exception exception);

    void RateLimited(ChatPlatform platform, string scope);

    /// <summary>A reply was ready but could not be delivered after its deferral (the platform refused or was unreachable).</summary>
    void DeliveryFailed(ChatPlatform platform, string command, Exception exception) => CommandFailed(platform, $"{command} (delivery)", exception);

    /// <summary>A moderator action or a refused attempt at one, with the user id (fact cards: create, edit, delete, post, draft).</summary>
    void ModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome)
    {
    }
}
