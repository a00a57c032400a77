namespace ChatBot.Core.Commands.Handlers;

/// <summary>The reply for a button whose answer is no longer known.</summary>
internal static class Expired
{
    public static Reply Reply { get; } = new() { Kind = ReplyKind.Info, Body = "That answer is no longer available. Please ask again." };
}
