namespace ChatBot.Discord.Gateway;

/// <summary>What a resume needs: session id, resume URL and the last sequence number; plus the bot's own user id.</summary>
internal sealed class GatewaySession
{
    private long sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public string? BotUserId { get; set; }

    public long? Sequence => Interlocked.Read(ref sequence) is var s and >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Observe(long? s)
    {
        if (s is { } value)
        {
            Interlocked.Exchange(ref sequence, value);
        }
    }

    public void Start(string sessionId, Uri? resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref sequence, -1);
    }
}
