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

    /// <summary>
    /// How long answers in flight get before the runner tells their askers to ask again: the timeout less the
    /// <see cref="ReplyRunner.NoticePeriod"/> those notices need, so they go out before the host stops (half the
    /// timeout when it is too short for both).
    /// </summary>
    public TimeSpan AnswerGracePeriod => ShutdownTimeout > 2 * ReplyRunner.NoticePeriod ? ShutdownTimeout - ReplyRunner.NoticePeriod : ShutdownTimeout / 2;
}
