namespace ChatBot.Discord.Rendering;

/// <summary>Discord's documented message, embed and component limits (protocol notes §1.9, §1.10).</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int ButtonLabel = 80;
    public const int ButtonUrl = 512;
    public const int Choices = 25;
    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;
    public const int ModalTitle = 45;
    public const int ModalInputs = 5;
    public const int TextInputLabel = 45;
    public const int TextInputValue = 4000;
    public const int TextInputPlaceholder = 100;
}
