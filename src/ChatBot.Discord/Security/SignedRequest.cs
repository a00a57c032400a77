namespace ChatBot.Discord.Security;

/// <summary>The outcome of reading a signed request: the verified raw body, or the status to reject it with.</summary>
internal sealed record SignedRequest(int RejectStatus, ReadOnlyMemory<byte> Body)
{
    public bool IsValid => RejectStatus == 0;

    public static SignedRequest Accepted(ReadOnlyMemory<byte> body) => new(0, body);

    public static SignedRequest Rejected(int status) => new(status, ReadOnlyMemory<byte>.Empty);
}
