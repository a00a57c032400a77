using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Admin;

/// <summary>
/// Sign-in links for the moderator console: issued to a user (the /admin command, `chatbot admin link`), redeemed
/// once. Null <see cref="Signer"/> means the console is off and no link is made.
/// </summary>
public sealed class AdminLinks(IOptions<AdminConsoleOptions> options, IConsumedNonceStore nonces, TimeProvider time)
{
    public const string SignInPath = "/admin/signin";

    public AdminLinkSigner? Signer { get; } = options.Value is { ConsoleEnabled: true, SigningKey.Length: > 0 } o ? new AdminLinkSigner(o.SigningKey, time) : null;

    public bool Enabled => Signer is not null;

    /// <summary>The full link for the user, at <paramref name="baseUrl"/> or the configured base URL; null when the console is off.</summary>
    public string? Issue(ChatPlatform platform, string userId, string? baseUrl = null) =>
        Signer?.Issue(platform, userId) is { } token ? LinkFor(baseUrl ?? options.Value.BaseUrl, token) : null;

    public static string LinkFor(string baseUrl, string token) =>
        $"{baseUrl.TrimEnd('/')}{SignInPath}?token={Uri.EscapeDataString(token)}";

    /// <summary>Checks the token and uses up its nonce: valid exactly once, before it expires.</summary>
    public async ValueTask<AdminLinkResult> RedeemAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (Signer?.Read(token) is not { } read)
        {
            return new AdminLinkResult(AdminLinkCheck.Malformed);
        }

        if (!read.IsValid)
        {
            return read;
        }

        return await nonces.TryConsumeAsync(read.Claims!.Nonce, read.Claims.ExpiresAt, cancellationToken) ? read : new AdminLinkResult(AdminLinkCheck.Reused);
    }
}
