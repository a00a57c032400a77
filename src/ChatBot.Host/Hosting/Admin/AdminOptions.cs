namespace ChatBot.Host.Hosting.Admin;

/// <summary>The <c>ChatBot:Admin</c> section: the loopback endpoint `chatbot factcards` uses while `serve` holds the database.</summary>
internal sealed class AdminOptions
{
    public const string Section = "ChatBot:Admin";

    /// <summary>Offer the endpoint (on 127.0.0.1, a port of the system's choosing, token in the owner-only handoff file).</summary>
    public bool Enabled { get; set; } = true;
}
