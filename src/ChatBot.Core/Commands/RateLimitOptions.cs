namespace ChatBot.Core.Commands;

/// <summary>The <c>ChatBot:RateLimits</c> section: token buckets per user, per channel and for everyone together.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "ChatBot:RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one user may make in a burst, refilled at <see cref="UserPerMinute"/>.</summary>
    public int UserBurst { get; set; } = 5;
    public int UserPerMinute { get; set; } = 10;

    /// <summary>Requests one channel may make in a burst, refilled at <see cref="ChannelPerMinute"/>.</summary>
    public int ChannelBurst { get; set; } = 20;
    public int ChannelPerMinute { get; set; } = 60;

    /// <summary>Requests everyone together may make in a burst, refilled at <see cref="GlobalPerMinute"/>: many users in many channels.</summary>
    public int GlobalBurst { get; set; } = 200;
    public int GlobalPerMinute { get; set; } = 1200;

    /// <summary>Button presses and votes one user may make in a burst, refilled at <see cref="PressPerMinute"/>; apart from questions.</summary>
    public int PressBurst { get; set; } = 20;
    public int PressPerMinute { get; set; } = 60;
}
