using ChatBot.Core.Commands;

namespace ChatBot.Core.Admin;

/// <summary>What a sign-in link vouches for: who (platform and platform user id, or cli and a name), until when, and its one-time nonce.</summary>
public sealed record AdminLinkClaims(ChatPlatform Platform, string UserId, DateTimeOffset ExpiresAt, string Nonce)
{
    /// <summary>"discord:123", "slack:U1", "cli:alice": the id the moderation log and card history record.</summary>
    public string ActorId => $"{Platform.ToString().ToLowerInvariant()}:{UserId}";
}
