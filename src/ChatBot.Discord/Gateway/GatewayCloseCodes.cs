namespace ChatBot.Discord.Gateway;

/// <summary>What a gateway close code means for the next connection (protocol notes §4.7).</summary>
public static class GatewayCloseCodes
{
    public static GatewayNext NextAfter(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayNext.Stop,
        4007 or 4009 => GatewayNext.Identify,
        _ => GatewayNext.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection dropped",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: check ChatBot:Discord:BotToken",
        4005 => "already authenticated",
        4007 => "invalid sequence",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the Developer Portal or remove them",
        _ => "unrecognised code",
    };
}
