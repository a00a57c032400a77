using ChatBot.Discord.Configuration;

using Microsoft.Extensions.Options;

using NSec.Cryptography;

namespace ChatBot.Discord.Security;

/// <summary>
/// Ed25519 check of <c>X-Signature-Ed25519</c> over timestamp + raw body with the application's public key,
/// plus an optional freshness window on <c>X-Signature-Timestamp</c> so an old captured request cannot be replayed.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    public const int SignatureLength = 64;

    private readonly PublicKey publicKey;
    private readonly TimeSpan maxAge;
    private readonly TimeProvider time;

    public InteractionSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
    {
        var keyHex = options.Value.PublicKey?.Trim() ?? throw new InvalidOperationException($"{DiscordOptions.SectionName}:PublicKey is required");
        publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(keyHex), KeyBlobFormat.RawPublicKey);
        maxAge = options.Value.SignatureMaxAge;
        this.time = time;
    }

    /// <param name="signedMessage">The UTF-8 timestamp immediately followed by the raw body.</param>
    public bool IsValid(ReadOnlySpan<char> signatureHex, ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> signedMessage)
    {
        Span<byte> signature = stackalloc byte[SignatureLength];
        // Discord sends lowercase hex; an upper-case spelling of a captured signature is refused, not re-read.
        if (signatureHex.Length != SignatureLength * 2
            || signatureHex.IndexOfAnyInRange('A', 'F') >= 0
            || Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != SignatureLength
            || !IsFresh(timestamp))
        {
            return false;
        }

        return SignatureAlgorithm.Ed25519.Verify(publicKey, signedMessage, signature);
    }

    private bool IsFresh(ReadOnlySpan<char> timestamp)
    {
        if (!long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (maxAge <= TimeSpan.Zero)
        {
            return true;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        return Math.Abs(age) <= maxAge.TotalSeconds;
    }
}
