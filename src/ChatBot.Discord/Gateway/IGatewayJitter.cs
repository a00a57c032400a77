namespace ChatBot.Discord.Gateway;

/// <summary>The random factor (0–1) for the first heartbeat and reconnect back-off; fixed in tests.</summary>
public interface IGatewayJitter
{
    double Next();
}
