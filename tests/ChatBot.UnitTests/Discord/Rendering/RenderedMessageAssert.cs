using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;

namespace ChatBot.UnitTests.Discord.Rendering;

/// <summary>Checks a rendered message against every Discord limit and for live mentions, through its JSON.</summary>
internal static partial class RenderedMessageAssert
{
    /// <returns>Problems found; empty when the message is valid.</returns>
    public static List<string> Problems(RenderedMessage message)
    {
        var json = JsonSerializer.Serialize(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, message.ToCallbackData()), DiscordJsonContext.Default.InteractionResponse);
        JsonObject data;
        try
        {
            data = JsonNode.Parse(json)!["data"]!.AsObject();
        }
        catch (JsonException e)
        {
            return [$"invalid JSON: {e.Message}"];
        }

        return Problems(data);
    }

    /// <summary>The same checks on message JSON as Discord receives it (callback <c>data</c>, or an edit's body).</summary>
    public static List<string> Problems(JsonObject data)
    {
        var problems = new List<string>();
        foreach (var text in Strings(data))
        {
            if (LiveMention().IsMatch(text))
            {
                problems.Add($"live mention in '{text}'");
            }

            if (text.Any(char.IsSurrogate) && !IsWellFormed(text))
            {
                problems.Add("split surrogate pair");
            }
        }

        if (data["allowed_mentions"]?["parse"] is not JsonArray { Count: 0 })
        {
            problems.Add("allowed_mentions.parse is not empty");
        }

        Check(problems, "content", data["content"]?.GetValue<string>(), DiscordLimits.Content);
        var embeds = data["embeds"]?.AsArray() ?? [];
        var total = 0;
        foreach (var embed in embeds.Select(e => e!.AsObject()))
        {
            total += Check(problems, "title", embed["title"]?.GetValue<string>(), DiscordLimits.EmbedTitle);
            total += Check(problems, "description", embed["description"]?.GetValue<string>(), DiscordLimits.EmbedDescription);
            total += Check(problems, "footer", embed["footer"]?["text"]?.GetValue<string>(), DiscordLimits.Footer);
            var fields = embed["fields"]?.AsArray() ?? [];
            if (fields.Count > DiscordLimits.EmbedFields)
            {
                problems.Add($"{fields.Count} fields");
            }

            foreach (var field in fields)
            {
                total += CheckNonEmpty(problems, "field name", field!["name"]!.GetValue<string>(), DiscordLimits.FieldName);
                total += CheckNonEmpty(problems, "field value", field["value"]!.GetValue<string>(), DiscordLimits.FieldValue);
            }

            if (embed.Count(p => p.Key is "title" or "description" or "fields") == 0)
            {
                problems.Add("empty embed");
            }
        }

        if (total > DiscordLimits.EmbedTotal)
        {
            problems.Add($"embed text totals {total}");
        }

        CheckComponents(problems, data["components"]?.AsArray() ?? []);
        return problems;
    }

    private static void CheckComponents(List<string> problems, JsonArray rows)
    {
        if (rows.Count > DiscordLimits.ActionRows)
        {
            problems.Add($"{rows.Count} action rows");
        }

        var ids = new HashSet<string>();
        foreach (var row in rows)
        {
            var buttons = row!["components"]!.AsArray();
            if (buttons.Count is 0 or > DiscordLimits.ButtonsPerRow)
            {
                problems.Add($"a row of {buttons.Count} buttons");
            }

            foreach (var button in buttons)
            {
                var id = button!["custom_id"]?.GetValue<string>();
                var label = button["label"]?.GetValue<string>();
                if (id is not null && (id.Length is 0 or > DiscordLimits.CustomId || !ids.Add(id)))
                {
                    problems.Add($"bad or duplicate custom_id '{id}'");
                }

                if ((id is null) == (button["url"] is null))
                {
                    problems.Add("a button needs exactly one of custom_id and url");
                }

                if (label is { Length: > DiscordLimits.ButtonLabel } || (label is null && button["emoji"] is null))
                {
                    problems.Add($"bad label '{label}'");
                }
            }
        }
    }

    private static int Check(List<string> problems, string what, string? text, int max)
    {
        if (text is not null && text.Length > max)
        {
            problems.Add($"{what} has {text.Length} > {max} characters");
        }

        if (text is not null && text != text.Trim())
        {
            problems.Add($"{what} has leading or trailing whitespace");
        }

        return text?.Length ?? 0;
    }

    private static int CheckNonEmpty(List<string> problems, string what, string text, int max)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add($"{what} is empty");
        }

        return Check(problems, what, text, max);
    }

    /// <summary>Every string Discord shows as text. custom_id (the command layer's action id, echoed back verbatim) and a link button's url are never parsed for mentions.</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("custom_id" or "url")).SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i])))
            {
                return false;
            }

            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"<@[!&]?\d+>|@everyone|@here", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LiveMention();

    internal static string Describe(IEnumerable<string> problems) => string.Join("; ", problems.Take(5).Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
