namespace ChatBot.Discord.Wire;

public static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}
