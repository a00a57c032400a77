namespace ChatBot.Core.Admin;

/// <summary>
/// The rules of a console session: it lasts <see cref="Lifetime"/> from sign-in and is never extended (no sliding
/// expiry: a stolen cookie stops working on schedule); its cookie is HttpOnly, SameSite=Strict, and Secure whenever
/// the console is reached over https.
/// </summary>
public static class AdminSession
{
    public const string CookieName = "chatbot-admin";
    public const string Scheme = "ChatBotAdmin";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static DateTimeOffset ExpiresAt(DateTimeOffset signedInAt) => signedInAt + Lifetime;

    /// <summary>Whether a session started at <paramref name="signedInAt"/> is still good at <paramref name="now"/> (never one from the future).</summary>
    public static bool IsCurrent(DateTimeOffset signedInAt, DateTimeOffset now) => signedInAt <= now && now < ExpiresAt(signedInAt);

    /// <summary>The cookie must carry the Secure flag when the request came over https.</summary>
    public static bool MustBeSecure(bool isHttps) => isHttps;
}
