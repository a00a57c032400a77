namespace ChatBot.Discord.Wire;

/// <summary>The message a pressed button is on.</summary>
public sealed record InteractionMessage(string? Id, int? Flags = null)
{
    public bool IsEphemeral => Flags is { } flags && (flags & MessageFlags.Ephemeral) != 0;
}
