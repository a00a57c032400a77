using ChatBot.Core.Commands;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

namespace ChatBot.Slack.Handling;

/// <summary>The adapter's own user-facing texts, and replies as response_url/acknowledgement messages.</summary>
public static class SlackReplies
{
    public const string LookingItUp = "Looking that up…";
    public const string FormUnavailable = "Sorry, I couldn't open that form in time. Please press the button again.";
    public const string FormNeedsButton = "That needs a form, which Slack only lets me open from a slash command or a button.";

    /// <summary>A corpus add by @mention would preview in a thread everyone reads: it is pointed to the slash command instead.</summary>
    public const string CorpusNeedsSlash = "Use /corpus add <url> — previews are private.";

    public static string TooLong(int max) => $"Please keep it under {max} characters.";

    public static ResponseUrlMessage Ephemeral(string text) => ForResponse(Reply.Info(text));

    public static ResponseUrlMessage ForResponse(Reply reply, string? threadTs = null)
    {
        var message = BlockKitRenderer.Render(reply);
        var isPublic = reply.Visibility == ReplyVisibility.Public;
        return new ResponseUrlMessage(
            message.Text,
            message.Blocks,
            isPublic ? "in_channel" : "ephemeral",
            reply.ReplaceOriginal,
            isPublic && !reply.ReplaceOriginal ? threadTs : null);
    }
}
