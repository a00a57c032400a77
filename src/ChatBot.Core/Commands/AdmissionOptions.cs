namespace ChatBot.Core.Commands;

/// <summary>The <c>ChatBot:Admission</c> section: how many commands are worked on at once, and how the rest queue.</summary>
public sealed class AdmissionOptions
{
    public const string Section = "ChatBot:Admission";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Commands worked on at once; 0 means 64 per processor. Generous on purpose: much of an answer's time is spent
    /// waiting (for a database write, a model), and a cached answer must not queue behind those waits. At 16 per processor
    /// the load run at concurrency 256 deferred 95% of its requests at about 150 a second; at 64, 2% at 800 or more.
    /// </summary>
    public int MaxConcurrent { get; set; }

    /// <summary>Commands that may wait for a turn; one more is told the bot is busy.</summary>
    public int QueueLimit { get; set; } = 2000;

    /// <summary>The longest a command waits for its turn before it is told the bot is busy.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int EffectiveMaxConcurrent => MaxConcurrent > 0 ? MaxConcurrent : 64 * Environment.ProcessorCount;
}
