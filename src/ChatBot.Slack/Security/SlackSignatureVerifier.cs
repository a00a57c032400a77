using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using ChatBot.Slack.Configuration;

using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Security;

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret, compared in
/// constant time (lowercase hex only, as Slack sends it), with timestamps more than five minutes from now refused (protocol notes §5).
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider timeProvider)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);
    private const int HashBytes = 32;
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.SigningSecret ?? "");

    public SignatureCheck Check(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var headers = CheckHeaders(timestamp, signature);
        if (headers != SignatureCheck.Valid)
        {
            return headers;
        }

        Span<byte> given = stackalloc byte[HashBytes];
        Convert.FromHexString(signature.AsSpan(3), given, out _, out _);
        Span<byte> expected = stackalloc byte[HashBytes];
        Compute(_key, timestamp!, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>
    /// Everything that can be checked before the body is read: a secret is configured, both headers are there, the
    /// timestamp is fresh and the signature is well-formed. Valid here means only "worth reading the body".
    /// </summary>
    public SignatureCheck CheckHeaders(string? timestamp, string? signature)
    {
        if (_key.Length == 0)
        {
            return SignatureCheck.NoSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        var age = timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > MaxClockSkew.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        Span<byte> given = stackalloc byte[HashBytes];
        // Slack sends lowercase hex and its reference code compares the strings, so an upper-case digit is not
        // the same signature: refuse it rather than accept a second spelling of a captured one.
        return !signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 3 + (2 * HashBytes)
            || signature.AsSpan(3).IndexOfAnyInRange('A', 'F') >= 0
            || Convert.FromHexString(signature.AsSpan(3), given, out _, out var written) != OperationStatus.Done || written != HashBytes
            ? SignatureCheck.Malformed
            : SignatureCheck.Valid;
    }

    /// <summary>The signature Slack would send for this body (tests and tools sign with it).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        Compute(Encoding.UTF8.GetBytes(signingSecret), timestamp, body, hash);
        return "v0=" + Convert.ToHexStringLower(hash);
    }

    private static void Compute(ReadOnlySpan<byte> key, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var length = 4 + timestamp.Length + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            "v0:"u8.CopyTo(buffer);
            var offset = 3 + Encoding.ASCII.GetBytes(timestamp, buffer.AsSpan(3));
            buffer[offset++] = (byte)':';
            body.CopyTo(buffer.AsSpan(offset));
            HMACSHA256.HashData(key, buffer.AsSpan(0, offset + body.Length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
