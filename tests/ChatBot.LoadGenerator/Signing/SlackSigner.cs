using System.Security.Cryptography;
using System.Text;

namespace ChatBot.LoadGenerator.Signing;

/// <summary>A random signing secret per run; signs "v0:{timestamp}:{body}" with HMAC-SHA256 as Slack does.</summary>
internal sealed class SlackSigner
{
    public string Secret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Sign(string timestamp, byte[] body)
    {
        var baseString = (byte[])[.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body];
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), baseString));
    }
}
