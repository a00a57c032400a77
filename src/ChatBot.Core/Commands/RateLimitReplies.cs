namespace ChatBot.Core.Commands;

/// <summary>
/// What a person is told when a rate limit refuses them: why, by the limit that did ("user", "channel", "global",
/// "press"), and how long to wait — never silence. The limits themselves are the host's mechanism.
/// </summary>
public static class RateLimitReplies
{
    /// <summary>The wait said when the limiter cannot tell one.</summary>
    public static readonly TimeSpan UnknownWait = TimeSpan.FromSeconds(10);

    public static GateRefusal Refuse(string scope, TimeSpan? retryAfter)
    {
        var wait = retryAfter is { } after ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : (int)UnknownWait.TotalSeconds;
        var reply = new Reply { Kind = ReplyKind.RateLimited, Body = $"{Why(scope)} Please wait about {wait} second{(wait == 1 ? "" : "s")} and try again." };
        return new GateRefusal(scope, reply);
    }

    private static string Why(string scope) => scope switch
    {
        "user" => "You're sending questions faster than I can answer them.",
        "channel" => "This channel is asking a lot of questions right now.",
        "press" => "You're pressing buttons faster than I can keep up.",
        _ => "Lots of people are asking questions right now.",
    };
}
