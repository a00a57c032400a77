namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>
/// How one platform signs a request: header names, the prefix before the hex signature ("v0=" on Slack), a genuine
/// signer, and a signer with a key the host does not trust.
/// </summary>
internal sealed record SigningScheme(
    string SignatureHeader,
    string TimestampHeader,
    string SignaturePrefix,
    Func<string, byte[], string> Sign,
    Func<string, byte[], string> SignWithOtherKey)
{
    public WireRequest Signed(string path, byte[] body, string contentType, long timestamp)
    {
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new WireRequest(path, body, contentType, [new(SignatureHeader, Sign(stamp, body)), new(TimestampHeader, stamp)]);
    }
}
