using System.Security.Claims;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;

namespace ChatBot.Host.AdminConsole;

/// <summary>The signed-in moderator, as the cookie carries them: platform, platform user id and when they signed in.</summary>
internal sealed record ConsoleUser(ChatPlatform Platform, string UserId, DateTimeOffset SignedInAt)
{
    private const string PlatformClaim = "chatbot:platform";
    private const string SignedInClaim = "chatbot:signed_in";

    public string ActorId => $"{Platform.ToString().ToLowerInvariant()}:{UserId}";

    public ChatUser ChatUser => new(UserId);

    public FactCardActor Actor => FactCardActor.For(Platform, ChatUser);

    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, UserId),
            new Claim(ClaimTypes.Name, ActorId),
            new Claim(PlatformClaim, Platform.ToString()),
            new Claim(SignedInClaim, SignedInAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ],
        AdminSession.Scheme));

    public static ConsoleUser From(AdminLinkClaims claims, DateTimeOffset now) => new(claims.Platform, claims.UserId, now);

    /// <summary>The user of a console session, or null when the principal is not one.</summary>
    public static ConsoleUser? Of(ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
        && Enum.TryParse<ChatPlatform>(principal.FindFirstValue(PlatformClaim), out var platform)
        && long.TryParse(principal.FindFirstValue(SignedInClaim), out var seconds)
            ? new ConsoleUser(platform, id, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
}
