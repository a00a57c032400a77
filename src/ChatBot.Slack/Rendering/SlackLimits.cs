namespace ChatBot.Slack.Rendering;

/// <summary>Block Kit limits (protocol notes §8, §10) and the shares of them this renderer uses.</summary>
internal static class SlackLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ActionId = 255;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int HeaderText = 150;
    public const int ModalTitle = 24;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;
    public const int InputLabel = 2000;
    public const int InputMaxLength = 3000;
    public const int Placeholder = 150;

    /// <summary>Fallback (notification) text: Slack advises at most 4000 characters.</summary>
    public const int FallbackText = 3000;

    public const int BodySections = 5;
    public const int TimelineSections = 10;
    public const int FieldSections = 2;
    public const int ButtonRows = 5;
}
