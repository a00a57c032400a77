namespace ChatBot.Host.Hosting;

/// <summary><c>ChatBot:ShutdownTimeout</c>: how long `serve` gives work in flight to finish when it is stopped.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "ChatBot";

    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
