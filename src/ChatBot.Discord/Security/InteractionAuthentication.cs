using ChatBot.Discord.Wire;

using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Security;

/// <summary>
/// What <see cref="InteractionAuthenticator"/> made of a request: the verified, parsed, first-seen interaction, or the
/// status to refuse it with (<see cref="IsReplay"/>: the refusal was for a repeat).
/// </summary>
public sealed record InteractionAuthentication(Interaction? Interaction, int RejectStatus, bool IsReplay = false)
{
    public static InteractionAuthentication Malformed { get; } = new(null, StatusCodes.Status400BadRequest);

    public static InteractionAuthentication Replay { get; } = new(null, StatusCodes.Status401Unauthorized, IsReplay: true);

    public static InteractionAuthentication Accepted(Interaction interaction) => new(interaction, 0);

    public static InteractionAuthentication Rejected(int status) => new(null, status);
}
