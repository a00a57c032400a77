namespace ChatBot.Discord.Gateway;

/// <summary>Which of the bot's gateway connections this is: Identify sends it as <c>shard: [id, count]</c>.</summary>
public readonly record struct GatewayShard(int Id, int Count)
{
    public static GatewayShard Single { get; } = new(0, 1);

    /// <summary>The lease that lets one replica hold this shard; the count is part of it, so a resharded bot starts afresh.</summary>
    public string LeaseName => $"discord:gateway:shard:{Id}:{Count}";

    public override string ToString() => $"{Id}/{Count}";
}
