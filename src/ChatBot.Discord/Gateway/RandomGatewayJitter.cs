namespace ChatBot.Discord.Gateway;

internal sealed class RandomGatewayJitter : IGatewayJitter
{
    public double Next() => Random.Shared.NextDouble();
}
