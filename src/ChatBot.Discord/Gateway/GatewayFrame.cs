namespace ChatBot.Discord.Gateway;

/// <summary>What one receive produced: a payload, or the end of the connection with its close code (null when it just dropped).</summary>
internal sealed record GatewayFrame(GatewayPayload? Payload, int? CloseCode)
{
    public bool IsClosed => Payload is null;

    public static GatewayFrame Closed(int? code) => new(null, code);
}
