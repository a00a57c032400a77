using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Admin;

/// <summary>
/// Makes and reads sign-in tokens: "payload.signature", both base64url, the payload being version, platform, user id,
/// expiry (Unix seconds) and nonce on lines of their own, the signature HMAC-SHA256 of the payload under the
/// configured key. Reading checks the signature (in constant time) and the expiry on the given clock; whether the
/// nonce was used before is <see cref="AdminLinks"/>' business.
/// </summary>
public sealed class AdminLinkSigner(byte[] key, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const string Version = "1";
    private const int MaxTokenLength = 2048;

    public AdminLinkSigner(string key, TimeProvider time)
        : this(Encoding.UTF8.GetBytes(key.Trim()), time)
    {
    }

    /// <summary>A token for the user valid for <see cref="Lifetime"/> from now, with a fresh nonce.</summary>
    public string Issue(ChatPlatform platform, string userId)
    {
        if (string.IsNullOrWhiteSpace(userId) || userId.Any(char.IsControl) || userId.Length > 200)
        {
            throw new ArgumentException("a user id is one line of at most 200 characters", nameof(userId));
        }

        var claims = new AdminLinkClaims(platform, userId.Trim(), time.GetUtcNow() + Lifetime, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        return Sign(claims);
    }

    public string Sign(AdminLinkClaims claims)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', Version, claims.Platform.ToString(), claims.UserId, claims.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), claims.Nonce));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The claims of a token signed with this key and not yet expired; otherwise why not.</summary>
    public AdminLinkResult Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || token.Split('.') is not [var payloadText, var signatureText])
        {
            return new AdminLinkResult(AdminLinkCheck.Malformed);
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(payloadText);
            signature = Base64Url.DecodeFromChars(signatureText);
        }
        catch (FormatException)
        {
            return new AdminLinkResult(AdminLinkCheck.Malformed);
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature))
        {
            return new AdminLinkResult(AdminLinkCheck.Tampered);
        }

        var claims = Parse(payload);
        if (claims is null)
        {
            return new AdminLinkResult(AdminLinkCheck.Malformed);
        }

        return time.GetUtcNow() >= claims.ExpiresAt ? new AdminLinkResult(AdminLinkCheck.Expired, null) : new AdminLinkResult(AdminLinkCheck.Valid, claims);
    }

    private static AdminLinkClaims? Parse(byte[] payload)
    {
        var fields = Encoding.UTF8.GetString(payload).Split('\n');
        return fields is [Version, var platform, var user, var expiry, var nonce]
            && Enum.TryParse<ChatPlatform>(platform, out var parsedPlatform)
            && long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && user.Length > 0 && nonce.Length > 0
            ? new AdminLinkClaims(parsedPlatform, user, DateTimeOffset.FromUnixTimeSeconds(seconds), nonce)
            : null;
    }
}
