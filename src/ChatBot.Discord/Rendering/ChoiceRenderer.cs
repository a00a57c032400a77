using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>Autocomplete suggestions → at most 25 choices with names of 1–100 characters and values of at most 100.</summary>
internal static class ChoiceRenderer
{
    public static IReadOnlyList<CommandChoice> Render(IReadOnlyList<AutocompleteChoice> choices)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return
        [
            .. choices
                .Where(c => c.Value.Length is > 0 and <= DiscordLimits.ChoiceValue && seen.Add(c.Value))
                .Select(c => (Name: DiscordText.Plain(c.Name, DiscordLimits.ChoiceName), c.Value))
                .Select(c => CommandChoice.Text(c.Name.Length == 0 ? DiscordText.Plain(c.Value, DiscordLimits.ChoiceName) : c.Name, c.Value))
                .Where(c => c.Name.Length > 0)
                .Take(DiscordLimits.Choices),
        ];
    }
}
