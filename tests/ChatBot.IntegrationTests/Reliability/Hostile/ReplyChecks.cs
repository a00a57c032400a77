using System.Text.Json.Nodes;

using ChatBot.UnitTests.Discord.Rendering;
using ChatBot.UnitTests.Slack;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>What must hold for every reply that leaves the host, whatever was asked or quoted.</summary>
internal static class ReplyChecks
{
    private static readonly string[] InternalText = ["Exception", "   at ", "StackTrace", "System.", "Microsoft."];

    /// <summary>Null when the Discord message JSON is valid, inside Discord's limits and cannot ping anyone.</summary>
    public static string? Discord(JsonObject message)
    {
        var problems = RenderedMessageAssert.Problems(message);
        if (message["allowed_mentions"]?.ToJsonString() != """{"parse":[]}""")
        {
            problems.Add("allowed_mentions does not suppress every ping");
        }

        problems.AddRange(Leaks(message));
        return problems.Count == 0 ? null : string.Join("; ", problems.Take(5));
    }

    /// <summary>Null when the Slack message JSON is valid Block Kit inside Slack's limits with no live mention or broadcast.</summary>
    public static string? Slack(JsonObject message) =>
        BlockKitAssertions.Problem(message) ?? Leaks(message).FirstOrDefault();

    private static IEnumerable<string> Leaks(JsonNode message)
    {
        var json = message.ToJsonString();
        return InternalText.Where(t => json.Contains(t, StringComparison.Ordinal)).Select(t => $"internal text '{t}' in the reply");
    }
}
