namespace ChatBot.Core.Admin;

/// <summary>
/// The moderator web console's part of the <c>ChatBot:Admin</c> section (the loopback endpoint for `chatbot factcards`
/// shares the section). Off unless <see cref="ConsoleEnabled"/>; then <see cref="SigningKey"/> (from the environment:
/// <c>ChatBot__Admin__SigningKey</c>) signs the one-time sign-in links and <see cref="BaseUrl"/> is where they point.
/// </summary>
public sealed class AdminConsoleOptions
{
    public const string Section = "ChatBot:Admin";

    /// <summary>Fewer characters than this is a key someone could guess; the console refuses to start with it.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>Serve the console under /admin and answer the /admin chat command with sign-in links.</summary>
    public bool ConsoleEnabled { get; set; }

    /// <summary>The HMAC-SHA256 key for sign-in links, at least <see cref="MinimumKeyLength"/> characters. Keep it out of files.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The console's address as moderators reach it ("https://bot.example.org"); links are BaseUrl + /admin/signin?token=….</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Optional extra addresses (";"-separated, e.g. "http://127.0.0.1:5081") the console alone is served on, off the public endpoint.</summary>
    public string Urls { get; set; } = "";
}
