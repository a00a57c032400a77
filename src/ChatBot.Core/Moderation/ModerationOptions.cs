namespace ChatBot.Core.Moderation;

/// <summary>
/// The <c>ChatBot:Moderation</c> configuration section: who may create, edit, delete, draft and post fact cards
/// besides Discord members with ADMINISTRATOR or MANAGE_MESSAGES.
/// </summary>
public sealed class ModerationOptions
{
    public const string Section = "ChatBot:Moderation";

    /// <summary>Discord role ids whose members are moderators.</summary>
    public IList<string> DiscordRoleIds { get; set; } = [];

    /// <summary>Slack user ids of moderators.</summary>
    public IList<string> SlackUserIds { get; set; } = [];

    /// <summary>Slack user-group ids whose members are moderators (the Slack adapter puts a user's groups in its roles).</summary>
    public IList<string> SlackGroupIds { get; set; } = [];
}
