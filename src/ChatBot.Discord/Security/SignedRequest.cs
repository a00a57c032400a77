namespace ChatBot.Discord.Security;

/// <summary>
/// The outcome of reading a signed request: the verified raw body and its signed timestamp (Unix seconds), or the
/// status to reject it with.
/// </summary>
internal sealed record SignedRequest(int RejectStatus, ReadOnlyMemory<byte> Body, long SignedAt)
{
    public bool IsValid => RejectStatus == 0;

    public static SignedRequest Accepted(ReadOnlyMemory<byte> body, long signedAt) => new(0, body, signedAt);

    public static SignedRequest Rejected(int status) => new(status, ReadOnlyMemory<byte>.Empty, 0);
}
