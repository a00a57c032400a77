using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Testing;

/// <summary>
/// Signs requests the way Slack does — "v0=" + hex HMAC-SHA256 of "v0:{timestamp}:{body}" under the signing secret —
/// written apart from the adapter's verifier so a test does not check the adapter against itself.
/// </summary>
public sealed class SlackTestSigner(string secret)
{
    /// <summary>A random signing secret, made for this run.</summary>
    public SlackTestSigner()
        : this(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)))
    {
    }

    public string Secret { get; } = secret;

    public string Sign(string timestamp, string body) => Sign(timestamp, Encoding.UTF8.GetBytes(body));

    public string Sign(string timestamp, byte[] body)
    {
        var baseString = (byte[])[.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body];
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), baseString));
    }
}
