using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;

namespace ChatBot.Core.Admin;

/// <summary>
/// /admin: a moderator gets a private one-time link to the moderator console; anyone else gets a one-line refusal and
/// no link. The link is a link button. Both are recorded in the moderation log (the link itself never is).
/// </summary>
public sealed class AdminCommandHandler(AdminLinks links, ModeratorPolicy policy, ModerationAudit audit) : ICommandHandler
{
    public const string LinkActionId = "admin-console-link";

    public string Command => CommandNames.Admin;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!policy.IsModerator(request.Platform, request.User))
        {
            await audit.RecordAsync(request.Platform, request.User, "admin link", "console", "refused: not a moderator", cancellationToken);
            return new Reply { Kind = ReplyKind.Invalid, Body = "Only moderators can open the moderator console." };
        }

        var link = links.Issue(request.Platform, request.User.Id);
        if (link is null)
        {
            return Reply.Info("The moderator console is not enabled on this bot (an operator sets ChatBot:Admin:ConsoleEnabled).");
        }

        await audit.RecordAsync(request.Platform, request.User, "admin link", "console", "link sent", cancellationToken);
        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = "Moderator console",
            Body = "Your sign-in link works once, for 10 minutes. Do not share it.",
            Visibility = ReplyVisibility.Ephemeral,

            // A link button, not text: chat renderers escape markdown in text, and an escaped "_" would break the token.
            ButtonRows = [[new ReplyButton(LinkActionId, "Open the moderator console", ReplyButtonStyle.Link, Url: link)]],
        };
    }
}
