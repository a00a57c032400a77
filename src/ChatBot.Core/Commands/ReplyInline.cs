namespace ChatBot.Core.Commands;

/// <summary>
/// A time or a person inside a reply's text, which each platform shows its own way: Discord and Slack as timestamps
/// every reader sees in their own time zone, people as non-pinging user references. <see cref="Fallback"/> is the
/// plain text used where the platform cannot (the command line, notifications, public Slack messages for people).
/// </summary>
public sealed record ReplyInline(ReplyInlineKind Kind, string Fallback, DateTimeOffset? At = null, string? UserId = null)
{
    public static ReplyInline Time(DateTimeOffset at) =>
        new(ReplyInlineKind.Time, at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture), At: at);

    public static ReplyInline Person(string userId, string name) => new(ReplyInlineKind.Person, name, UserId: userId);
}
