using System.Globalization;

namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>
/// Makes forged variants of a genuinely signed request: flipped bits in body, signature and timestamp, truncations,
/// missing, duplicated and swapped headers, wrong-case hex, re-signed stale or future timestamps, a signature from
/// another key or for another body. Every variant differs from the genuine request in something the signature
/// protects or the verifier must insist on, so none may be accepted.
/// </summary>
internal sealed class RequestForger(SigningScheme scheme)
{
    /// <summary>Further than the five-minute window, with room for the clock moving while the test runs.</summary>
    private const int OutsideWindowSeconds = 330;

    private static readonly string[] Kinds =
    [
        "body-bit", "body-bits", "body-truncated", "body-extended", "signature-bit", "signature-char", "signature-truncated",
        "timestamp-bit", "timestamp-digit", "missing-signature", "missing-timestamp", "missing-both", "duplicate-signature",
        "duplicate-timestamp", "swapped-values", "wrong-case-hex", "stale", "future", "other-key", "other-body",
    ];

    public static int KindCount => Kinds.Length;

    /// <summary>Forgery number <paramref name="number"/>; the same seed and number always give the same forgery.</summary>
    public Mutant Forge(int seed, int number, WireRequest genuine, WireRequest otherGenuine, long now)
    {
        var random = new Random(HashCode.Combine(seed, number));
        var kind = Kinds[number % Kinds.Length];
        var (description, request) = Apply(kind, random, genuine, otherGenuine, now);
        return new Mutant(number, $"{kind} {description} on {genuine.Path}", request);
    }

    private (string, WireRequest) Apply(string kind, Random random, WireRequest genuine, WireRequest other, long now)
    {
        var signature = genuine.Header(scheme.SignatureHeader)!;
        var timestamp = genuine.Header(scheme.TimestampHeader)!;
        var body = genuine.Body;
        return kind switch
        {
            "body-bit" => FlipBodyBits(genuine, random, 1),
            "body-bits" => FlipBodyBits(genuine, random, random.Next(2, 9)),
            "body-truncated" => Truncated(genuine, random),
            "body-extended" => Extended(genuine, random),
            "signature-bit" => FlipSignatureBit(genuine, random, signature),
            "signature-char" => FlipChar(genuine, random, scheme.SignatureHeader, signature, scheme.SignaturePrefix.Length, 5),
            "signature-truncated" => Cut(genuine, random, scheme.SignatureHeader, signature),
            "timestamp-bit" => FlipChar(genuine, random, scheme.TimestampHeader, timestamp, 0, 4),
            "timestamp-digit" => ShiftTimestamp(genuine, random, timestamp),
            "missing-signature" => ("", genuine with { Headers = Without(genuine, scheme.SignatureHeader) }),
            "missing-timestamp" => ("", genuine with { Headers = Without(genuine, scheme.TimestampHeader) }),
            "missing-both" => ("", genuine with { Headers = [] }),
            "duplicate-signature" => Duplicated(genuine, random, scheme.SignatureHeader, signature, ForgedSignature(random, signature)),
            "duplicate-timestamp" => Duplicated(genuine, random, scheme.TimestampHeader, timestamp, (long.Parse(timestamp, CultureInfo.InvariantCulture) + random.Next(1, 100)).ToString(CultureInfo.InvariantCulture)),
            "swapped-values" => ("", genuine with { Headers = [new(scheme.SignatureHeader, timestamp), new(scheme.TimestampHeader, signature)] }),
            "wrong-case-hex" => WrongCase(genuine, random, signature),
            "stale" => Resigned(genuine, now - random.Next(OutsideWindowSeconds, 400_000_000)),
            "future" => Resigned(genuine, now + random.Next(OutsideWindowSeconds, 400_000_000)),
            "other-key" => ("", genuine with { Headers = [new(scheme.SignatureHeader, scheme.SignWithOtherKey(timestamp, body)), new(scheme.TimestampHeader, timestamp)] }),
            "other-body" => ("", genuine with { Headers = [new(scheme.SignatureHeader, scheme.Sign(timestamp, other.Body)), new(scheme.TimestampHeader, timestamp)] }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static (string, WireRequest) FlipBodyBits(WireRequest genuine, Random random, int count)
    {
        var body = (byte[])genuine.Body.Clone();
        var flips = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(body.Length);
            var bit = random.Next(8);
            body[at] ^= (byte)(1 << bit);
            flips.Add($"{at}:{bit}");
        }

        // An even number of flips of the same bit would undo itself; force a difference.
        if (body.AsSpan().SequenceEqual(genuine.Body))
        {
            body[0] ^= 1;
            flips.Add("0:0");
        }

        return ($"at {string.Join(',', flips)}", genuine with { Body = body });
    }

    private static (string, WireRequest) Truncated(WireRequest genuine, Random random)
    {
        var length = random.Next(genuine.Body.Length);
        return ($"to {length} bytes", genuine with { Body = genuine.Body[..length] });
    }

    private static (string, WireRequest) Extended(WireRequest genuine, Random random)
    {
        var extra = new byte[random.Next(1, 16)];
        random.NextBytes(extra);
        return ($"by {Convert.ToHexString(extra)}", genuine with { Body = [.. genuine.Body, .. extra] });
    }

    private (string, WireRequest) FlipSignatureBit(WireRequest genuine, Random random, string signature)
    {
        var bytes = Convert.FromHexString(signature.AsSpan(scheme.SignaturePrefix.Length));
        var at = random.Next(bytes.Length);
        var bit = random.Next(8);
        bytes[at] ^= (byte)(1 << bit);
        return ($"byte {at} bit {bit}", Replace(genuine, scheme.SignatureHeader, scheme.SignaturePrefix + Convert.ToHexStringLower(bytes)));
    }

    /// <summary>Flips one of the low bits of one character, which keeps it printable ASCII.</summary>
    private static (string, WireRequest) FlipChar(WireRequest genuine, Random random, string header, string value, int from, int bits)
    {
        var chars = value.ToCharArray();
        var at = random.Next(from, chars.Length);
        var bit = random.Next(bits);
        chars[at] = (char)(chars[at] ^ (1 << bit));
        return ($"char {at} bit {bit} -> '{new string(chars)}'", Replace(genuine, header, new string(chars)));
    }

    private (string, WireRequest) ShiftTimestamp(WireRequest genuine, Random random, string timestamp)
    {
        // Inside the freshness window, so only the signature can catch it.
        var shifted = long.Parse(timestamp, CultureInfo.InvariantCulture) + ((random.Next(2) == 0 ? -1 : 1) * random.Next(1, 200));
        return ($"to {shifted}", Replace(genuine, scheme.TimestampHeader, shifted.ToString(CultureInfo.InvariantCulture)));
    }

    private static (string, WireRequest) Cut(WireRequest genuine, Random random, string header, string value)
    {
        var length = random.Next(value.Length);
        return ($"to {length} chars", Replace(genuine, header, value[..length]));
    }

    private static (string, WireRequest) Duplicated(WireRequest genuine, Random random, string header, string genuineValue, string forgedValue)
    {
        var (first, second, label) = random.Next(3) switch
        {
            0 => (genuineValue, forgedValue, "genuine then forged"),
            1 => (forgedValue, genuineValue, "forged then genuine"),
            _ => (genuineValue, genuineValue, "genuine twice"),
        };
        var headers = Without(genuine, header);
        return (label, genuine with { Headers = [.. headers, new(header, first), new(header, second)] });
    }

    private (string, WireRequest) WrongCase(WireRequest genuine, Random random, string signature)
    {
        var prefix = scheme.SignaturePrefix;
        var hex = signature[prefix.Length..].ToCharArray();
        var letters = Enumerable.Range(0, hex.Length).Where(i => char.IsAsciiLetter(hex[i])).ToList();
        var everything = random.Next(2) == 0 || letters.Count == 0;
        if (everything)
        {
            var upper = new string(hex).ToUpperInvariant();
            var forgedPrefix = letters.Count == 0 ? prefix.ToUpperInvariant() : prefix;
            return ("all upper", Replace(genuine, scheme.SignatureHeader, forgedPrefix + upper));
        }

        var at = letters[random.Next(letters.Count)];
        hex[at] = char.ToUpperInvariant(hex[at]);
        return ($"char {at} upper", Replace(genuine, scheme.SignatureHeader, prefix + new string(hex)));
    }

    private (string, WireRequest) Resigned(WireRequest genuine, long timestamp) =>
        ($"at {timestamp}", scheme.Signed(genuine.Path, genuine.Body, genuine.ContentType, timestamp));

    private string ForgedSignature(Random random, string signature)
    {
        var bytes = Convert.FromHexString(signature.AsSpan(scheme.SignaturePrefix.Length));
        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return scheme.SignaturePrefix + Convert.ToHexStringLower(bytes);
    }

    private static WireRequest Replace(WireRequest genuine, string header, string value) =>
        genuine with { Headers = [.. genuine.Headers.Select(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase) ? new KeyValuePair<string, string>(h.Key, value) : h)] };

    private static List<KeyValuePair<string, string>> Without(WireRequest genuine, string header) =>
        [.. genuine.Headers.Where(h => !string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase))];
}
