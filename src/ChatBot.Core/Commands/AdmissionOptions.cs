namespace ChatBot.Core.Commands;

/// <summary>The <c>ChatBot:Admission</c> section: how many commands are worked on at once, and how the rest queue.</summary>
public sealed class AdmissionOptions
{
    public const string Section = "ChatBot:Admission";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Commands worked on at once; 0 means sixteen per processor. Generous on purpose: answers share the processors, so a
    /// cached answer is not kept waiting behind slow ones; the bound is for bursts far beyond what the processors can do.
    /// </summary>
    public int MaxConcurrent { get; set; }

    /// <summary>Commands that may wait for a turn; one more is told the bot is busy.</summary>
    public int QueueLimit { get; set; } = 2000;

    /// <summary>The longest a command waits for its turn before it is told the bot is busy.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int EffectiveMaxConcurrent => MaxConcurrent > 0 ? MaxConcurrent : 16 * Environment.ProcessorCount;
}
