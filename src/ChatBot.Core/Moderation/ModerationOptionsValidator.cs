using Microsoft.Extensions.Options;

namespace ChatBot.Core.Moderation;

/// <summary>Checks <see cref="ModerationOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class ModerationOptionsValidator : IValidateOptions<ModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, ModerationOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(ModerationOptions o)
    {
        if (!o.DiscordRoleIds.All(NotBlank))
        {
            yield return "ChatBot:Moderation:DiscordRoleIds must not hold empty ids";
        }

        if (!o.SlackUserIds.All(NotBlank))
        {
            yield return "ChatBot:Moderation:SlackUserIds must not hold empty ids";
        }

        if (!o.SlackGroupIds.All(NotBlank))
        {
            yield return "ChatBot:Moderation:SlackGroupIds must not hold empty ids";
        }
    }

    private static bool NotBlank(string id) => !string.IsNullOrWhiteSpace(id);
}
