using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Commands;

/// <summary>The rate-limit part of a gate's answer, for scenarios that are about the buckets only (no turns are held).</summary>
internal static class RequestGateChecks
{
    public static async Task<GateRefusal?> CheckAsync(this IRequestGate gate, ChatPlatform platform, string userId, string channelId)
    {
        using var admission = await gate.AdmitAsync(Command(platform, userId, channelId));
        return admission.Refusal;
    }

    public static async Task<GateRefusal?> CheckPressAsync(this IRequestGate gate, ChatPlatform platform, string userId, string channelId = "c1")
    {
        using var admission = await gate.AdmitPressAsync(new ComponentRequest(platform, new ChatUser(userId), channelId, "quotes:a"));
        return admission.Refusal;
    }

    public static CommandRequest Command(ChatPlatform platform, string userId, string channelId, bool directMessage = false) =>
        new(platform, new ChatUser(userId), channelId, CommandNames.Ask, new Dictionary<string, string>()) { IsDirectMessage = directMessage };
}
