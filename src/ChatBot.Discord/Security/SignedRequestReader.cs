using System.Buffers;
using System.Globalization;
using System.Text;

using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Security;

/// <summary>Reads a bounded raw body and checks its signature before anything parses it.</summary>
internal sealed class SignedRequestReader(InteractionSignatureVerifier verifier)
{
    public const int MaxBodyBytes = 256 * 1024;
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    public async Task<SignedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var signature = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (signature.Length == 0 || timestamp.Length is 0 or > 32)
        {
            return SignedRequest.Rejected(StatusCodes.Status401Unauthorized);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return SignedRequest.Rejected(StatusCodes.Status413PayloadTooLarge);
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
                return SignedRequest.Rejected(StatusCodes.Status413PayloadTooLarge);
            }
        }

        // A valid signature means the timestamp parsed as Unix seconds.
        return verifier.IsValid(signature, timestamp, buffer.WrittenSpan)
            ? SignedRequest.Accepted(buffer.WrittenMemory[prefix..], long.Parse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture))
            : SignedRequest.Rejected(StatusCodes.Status401Unauthorized);
    }
}
