namespace ChatBot.Core.Delivery;

/// <summary>
/// <c>ChatBot:ShutdownTimeout</c>: how long `serve` gives work in flight to finish when it is stopped — the host's
/// shutdown and the <see cref="ReplyRunner"/>'s grace period for answers still being prepared or delivered, on every
/// platform (it replaces Discord's <c>ShutdownGracePeriod</c> and Slack's <c>ShutdownTimeout</c>).
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "ChatBot";

    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
