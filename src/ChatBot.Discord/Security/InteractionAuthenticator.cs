using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

using ChatBot.Core.Storage;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Wire;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

using NSec.Cryptography;

namespace ChatBot.Discord.Security;

/// <summary>
/// Decides whether a POST is a genuine, fresh interaction seen for the first time, before anything acts on it: a
/// bounded raw body; the Ed25519 <c>X-Signature-Ed25519</c> over timestamp + body with the application's public key,
/// with an optional freshness window on <c>X-Signature-Timestamp</c> so an old captured request cannot be replayed;
/// then the parse; then the interaction id recorded in <see cref="IReplayStore"/>, so a captured signed request (a
/// feedback button press, say) cannot be counted twice while a copy would still pass the signature check — not even
/// after a restart when the store is persisted. Discord never delivers one interaction twice.
/// </summary>
public sealed class InteractionAuthenticator
{
    public const int SignatureLength = 64;
    public const int MaxBodyBytes = 256 * 1024;
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>Without a freshness check a signature never expires; keep the id as long as its token lives.</summary>
    private static readonly TimeSpan WithoutMaxAge = TimeSpan.FromMinutes(15);

    private readonly PublicKey publicKey;
    private readonly TimeSpan maxAge;
    private readonly TimeProvider time;
    private readonly IReplayStore replays;

    public InteractionAuthenticator(IOptions<DiscordOptions> options, TimeProvider time, IReplayStore replays)
    {
        var keyHex = options.Value.PublicKey?.Trim() ?? throw new InvalidOperationException($"{DiscordOptions.SectionName}:PublicKey is required");
        publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(keyHex), KeyBlobFormat.RawPublicKey);
        maxAge = options.Value.SignatureMaxAge;
        this.time = time;
        this.replays = replays;
    }

    public async Task<InteractionAuthentication> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var signature = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (signature.Length == 0 || timestamp.Length is 0 or > 32)
        {
            return InteractionAuthentication.Rejected(StatusCodes.Status401Unauthorized);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return InteractionAuthentication.Rejected(StatusCodes.Status413PayloadTooLarge);
        }

        // Timestamp bytes first, body after: the signed message is one contiguous buffer.
        var buffer = new ArrayBufferWriter<byte>((int)(request.ContentLength ?? 4096) + timestamp.Length);
        Encoding.UTF8.GetBytes(timestamp, buffer);
        var prefix = buffer.WrittenCount;
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount - prefix > MaxBodyBytes)
            {
                return InteractionAuthentication.Rejected(StatusCodes.Status413PayloadTooLarge);
            }
        }

        if (!IsValid(signature, timestamp, buffer.WrittenSpan))
        {
            return InteractionAuthentication.Rejected(StatusCodes.Status401Unauthorized);
        }

        var interaction = Parse(buffer.WrittenSpan[prefix..]);
        if (interaction is null || (interaction.Type != InteractionType.Ping && string.IsNullOrEmpty(interaction.Id)))
        {
            return InteractionAuthentication.Malformed;
        }

        // A valid signature means the timestamp parsed as Unix seconds.
        var signedAt = long.Parse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture);
        return interaction.Type == InteractionType.Ping || await replays.TryRecordAsync("discord:interaction:" + interaction.Id, ValidUntil(signedAt), cancellationToken)
            ? InteractionAuthentication.Accepted(interaction)
            : InteractionAuthentication.Replay;
    }

    /// <param name="signedMessage">The UTF-8 timestamp immediately followed by the raw body.</param>
    public bool IsValid(ReadOnlySpan<char> signatureHex, ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> signedMessage)
    {
        Span<byte> signature = stackalloc byte[SignatureLength];
        // Discord sends lowercase hex; an upper-case spelling of a captured signature is refused, not re-read.
        if (signatureHex.Length != SignatureLength * 2
            || signatureHex.IndexOfAnyInRange('A', 'F') >= 0
            || Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done
            || written != SignatureLength
            || !IsFresh(timestamp))
        {
            return false;
        }

        return SignatureAlgorithm.Ed25519.Verify(publicKey, signedMessage, signature);
    }

    private static Interaction? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private bool IsFresh(ReadOnlySpan<char> timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
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

    // The check above accepts |now - timestamp| <= max age in whole seconds, i.e. until timestamp + max age + 1 s: the
    // record must last that long, whatever the receive time (a timestamp in the future lasts longer).
    private DateTimeOffset ValidUntil(long signedAtSeconds) =>
        maxAge > TimeSpan.Zero
            ? DateTimeOffset.FromUnixTimeSeconds(signedAtSeconds) + maxAge + TimeSpan.FromSeconds(1)
            : time.GetUtcNow() + WithoutMaxAge;
}
