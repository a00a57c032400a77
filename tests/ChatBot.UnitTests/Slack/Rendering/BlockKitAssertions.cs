using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using ChatBot.Slack;
using ChatBot.Slack.BlockKit;
using ChatBot.Slack.WebApi;

namespace ChatBot.UnitTests.Slack;

/// <summary>Checks a rendered message against Block Kit limits and the no-live-mention rule, on the JSON Slack would get.</summary>
internal static partial class BlockKitAssertions
{
    public static JsonObject ToJson(SlackMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(new ResponseUrlMessage(message.Text, message.Blocks, "ephemeral"), SlackJsonContext.Default.ResponseUrlMessage))!.AsObject();

    /// <summary>Null when the message is valid; otherwise what is wrong.</summary>
    public static string? Problem(SlackMessage message) => Problem(ToJson(message));

    /// <summary>The same checks on message JSON as Slack receives it (a response_url or chat.postMessage body).</summary>
    public static string? Problem(JsonObject json)
    {
        if (json["text"] is not JsonValue || json["blocks"] is not JsonArray)
        {
            return "no fallback text or no blocks";
        }

        var blocks = json["blocks"]!.AsArray();
        if (blocks.Count is < 1 or > 50)
        {
            return $"{blocks.Count} blocks";
        }

        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            var type = (string)block["type"]!;
            var problem = type switch
            {
                "section" => Section(block),
                "context" => block["elements"]!.AsArray().Count is < 1 or > 10 ? "context elements" : null,
                "actions" => Actions(block),
                "header" => ((string)block["text"]!["text"]!).Length is < 1 or > 150 ? "header text" : null,
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return Texts(json).Append(("mrkdwn", (string)json["text"]!)).Select(TextProblem).FirstOrDefault(p => p is not null);
    }

    private static string? Section(JsonObject block)
    {
        if (block["text"] is { } text && ((string)text["text"]!).Length is < 1 or > 3000)
        {
            return "section text length";
        }

        return block["fields"] is JsonArray fields && (fields.Count > 10 || fields.Any(f => ((string)f!["text"]!).Length > 2000)) ? "section fields" : null;
    }

    private static string? Actions(JsonObject block)
    {
        var elements = block["elements"]!.AsArray();
        if (elements.Count is < 1 or > 25)
        {
            return "actions elements";
        }

        foreach (var button in elements.Select(e => e!.AsObject()))
        {
            if (((string)button["text"]!["text"]!).Length is < 1 or > 75 || ((string)button["action_id"]!).Length > 255
                || (button["value"] is { } value && ((string)value!).Length > 2000))
            {
                return "button limits";
            }
        }

        return null;
    }

    private static IEnumerable<(string Type, string Text)> Texts(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["text"] is JsonValue text && obj["type"] is JsonValue type)
            {
                yield return ((string)type!, (string)text!);
            }

            foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Texts))
            {
                yield return child;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().SelectMany(Texts))
            {
                yield return child;
            }
        }
    }

    private static string? TextProblem((string Type, string Text) text)
    {
        if (text.Type == "mrkdwn" && InvalidAngle().IsMatch(text.Text))
        {
            return $"live markup in mrkdwn: {text.Text}";
        }

        if (SlackToken().IsMatch(text.Text))
        {
            return $"mention token: {text.Text}";
        }

        return Broadcast().IsMatch(text.Text) ? $"broadcast word: {text.Text}" : null;
    }

    // In mrkdwn every '<' must open one of our own links.
    [GeneratedRegex(@"<(?!https?://[^<>|\s]+\|[^<>]*>)")]
    private static partial Regex InvalidAngle();

    [GeneratedRegex(@"<[!@#]")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"[@＠﹫](everyone|here|channel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Broadcast();
}
