namespace ChatBot.Core.Commands;

public enum ReplyButtonStyle
{
    Secondary = 0,
    Primary = 1,
    Success = 2,
    Danger = 3,

    /// <summary>Opens <see cref="ReplyButton.Url"/>; sends no action to the bot.</summary>
    Link = 4,
}
