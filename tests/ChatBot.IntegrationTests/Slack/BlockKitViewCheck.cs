using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// What slack.com checks in a view before publishing it, as far as these tests need: a home view of at most 100
/// blocks of known types, header text plain and at most 150 characters, section text at most 3000, context blocks
/// of at most 10 elements, and no broadcast mention anywhere. Null when the view is valid, else Slack's error code.
/// </summary>
public static class BlockKitViewCheck
{
    private static readonly HashSet<string> BlockTypes = ["header", "section", "context", "divider", "actions", "input", "image"];

    public static string? Problem(JsonNode? view)
    {
        if (view is not JsonObject home || (string?)home["type"] != "home" || home["blocks"] is not JsonArray blocks)
        {
            return "invalid_arguments";
        }

        if (blocks.Count is 0 or > 100 || view.ToJsonString().Contains("<!", StringComparison.Ordinal))
        {
            return "invalid_blocks";
        }

        return blocks.All(Valid) ? null : "invalid_blocks";
    }

    private static bool Valid(JsonNode? block) => (string?)block?["type"] switch
    {
        "header" => (string?)block!["text"]?["type"] == "plain_text" && Length(block["text"]) is > 0 and <= 150,
        "section" => block!["text"] is null ? block["fields"] is JsonArray { Count: > 0 and <= 10 } : Length(block["text"]) is > 0 and <= 3000,
        "context" => block!["elements"] is JsonArray { Count: > 0 and <= 10 } elements && elements.All(e => Length(e) is > 0 and <= 3000),
        { } type => BlockTypes.Contains(type),
        null => false,
    };

    private static int Length(JsonNode? text) => ((string?)text?["text"])?.Length ?? 0;
}
