namespace ChatBot.Discord.Gateway;

/// <summary>How to continue after a connection ends.</summary>
public enum GatewayNext
{
    Resume = 0,
    Identify = 1,
    Stop = 2,
}
