namespace ChatBot.Discord.Gateway;

public enum GatewayState
{
    Disconnected = 0,
    Connecting = 1,
    Identifying = 2,
    Resuming = 3,
    Ready = 4,

    /// <summary>Stopped for good: a close code that must not be retried, or the host stopped.</summary>
    Stopped = 5,
}
