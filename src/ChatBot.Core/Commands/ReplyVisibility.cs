namespace ChatBot.Core.Commands;

public enum ReplyVisibility
{
    /// <summary>Only the person who asked sees it.</summary>
    Ephemeral = 0,
    Public = 1,
}
