using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Fits an embed into Discord's 6000-character total: the description keeps up to <see cref="DescriptionReserve"/>
/// characters, then every field, title and footer is capped at one shared length (longest pieces shrink first),
/// and the description gets what is left. No field is dropped, so no cited source disappears.
/// </summary>
internal static class EmbedBudget
{
    public const int DescriptionReserve = 1500;
    private const int MinFieldName = 24;
    private const int MinFieldValue = 48;
    private const int MinTitle = 48;
    private const int MinFooter = 96;

    public static Embed Fit(string? title, string description, IReadOnlyList<EmbedField> fields, string? footer, int? color)
    {
        // A blank name or value is shown as a placeholder character: budget the fields as they will be shown.
        fields = [.. fields.Select(f => f with { Name = DiscordText.OrPlaceholder(f.Name.Trim()), Value = DiscordText.OrPlaceholder(f.Value.Trim()) })];
        var pieces = new List<(string Text, int Min)>();
        if (title is not null)
        {
            pieces.Add((title, MinTitle));
        }

        if (footer is not null)
        {
            pieces.Add((footer, MinFooter));
        }

        foreach (var field in fields)
        {
            pieces.Add((field.Name, MinFieldName));
            pieces.Add((field.Value, MinFieldValue));
        }

        var allowed = DiscordLimits.EmbedTotal - Math.Min(description.Length, DescriptionReserve);
        var cap = CapFor(pieces, allowed);
        string Cut(string text, int min) => TextClipper.Clip(text, Math.Max(cap, min));

        var index = 0;
        var fittedTitle = title is null ? null : Cut(pieces[index].Text, pieces[index++].Min);
        var fittedFooter = footer is null ? null : Cut(pieces[index].Text, pieces[index++].Min);
        var fittedFields = fields.Select(f => f with
        {
            Name = DiscordText.OrPlaceholder(Cut(f.Name, MinFieldName)),
            Value = DiscordText.OrPlaceholder(Cut(f.Value, MinFieldValue)),
        }).ToList();

        var used = (fittedTitle?.Length ?? 0) + (fittedFooter?.Length ?? 0) + fittedFields.Sum(f => f.Name.Length + f.Value.Length);
        var fittedDescription = TextClipper.Clip(description, Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - used));
        return new Embed
        {
            Title = string.IsNullOrEmpty(fittedTitle) ? null : fittedTitle,
            Description = fittedDescription.Length == 0 ? (fittedTitle is null && fittedFields.Count == 0 ? "—" : null) : fittedDescription,
            Color = color,
            Fields = fittedFields.Count == 0 ? null : fittedFields,
            Footer = string.IsNullOrEmpty(fittedFooter) ? null : new EmbedFooter(fittedFooter),
        };
    }

    /// <summary>The largest per-piece length at which all pieces together stay within <paramref name="allowed"/>.</summary>
    private static int CapFor(List<(string Text, int Min)> pieces, int allowed)
    {
        int Total(int cap) => pieces.Sum(p => Math.Min(p.Text.Length, Math.Max(cap, p.Min)));
        var longest = pieces.Count == 0 ? 0 : pieces.Max(p => p.Text.Length);
        if (Total(longest) <= allowed)
        {
            return longest;
        }

        int low = 0, high = longest;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Total(middle) <= allowed)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
