using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>Button rows → action rows: at most 5 rows of 5, unique custom_ids of 1–100 characters, labels ≤ 80.</summary>
internal static class ComponentRenderer
{
    public static IReadOnlyList<Component> Render(IReadOnlyList<IReadOnlyList<ReplyButton>> rows)
    {
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Component>();
        foreach (var row in rows)
        {
            var buttons = row.Select(b => Button(b, seenIds)).OfType<Component>().Take(DiscordLimits.ButtonsPerRow).ToList();
            if (buttons.Count > 0)
            {
                result.Add(new Component(Component.ActionRow) { Components = buttons });
            }

            if (result.Count == DiscordLimits.ActionRows)
            {
                break;
            }
        }

        return result;
    }

    private static Component? Button(ReplyButton button, HashSet<string> seenIds)
    {
        var label = DiscordText.Plain(button.Label, DiscordLimits.ButtonLabel);
        var emoji = string.IsNullOrWhiteSpace(button.Emoji) ? null : new ComponentEmoji(button.Emoji.Trim());
        if (label.Length == 0 && emoji is null)
        {
            return null;
        }

        var component = new Component(Component.Button) { Label = label.Length == 0 ? null : label, Emoji = emoji };
        if (button.Style == ReplyButtonStyle.Link)
        {
            return IsLinkable(button.Url) ? component with { Style = 5, Url = button.Url } : null;
        }

        var id = button.ActionId;
        if (string.IsNullOrEmpty(id) || id.Length > DiscordLimits.CustomId || !seenIds.Add(id))
        {
            return null;
        }

        return component with { Style = StyleOf(button.Style), CustomId = id };
    }

    private static int StyleOf(ReplyButtonStyle style) => style switch
    {
        ReplyButtonStyle.Primary => 1,
        ReplyButtonStyle.Success => 3,
        ReplyButtonStyle.Danger => 4,
        _ => 2,
    };

    private static bool IsLinkable(string? url) =>
        url is { Length: <= DiscordLimits.ButtonUrl } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
