namespace ChatBot.Discord.Wire;

/// <summary>The body returned to an interaction POST: <c>{"type": N, "data": {...}}</c>.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);
}
