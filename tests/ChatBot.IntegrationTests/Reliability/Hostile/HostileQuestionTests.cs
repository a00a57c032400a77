using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>
/// Generated hostile questions pushed end to end through the signed endpoints of the real host: Discord /ask, Slack
/// /ask and a Slack app_mention. Every reply must be 200, valid JSON of the platform's shape, inside its limits,
/// unable to ping or broadcast, and free of exception text.
/// </summary>
public sealed class HostileQuestionTests(HostileHosts hosts) : IClassFixture<HostileHosts>
{
    private const int Cases = 120;

    [Property(MaxTest = Cases, Arbitrary = [typeof(HostileArbitraries)])]
    public Property DiscordAsk_RendersEveryHostileQuestionSafely(string question) =>
        Run(async () =>
        {
            var (_, message) = await hosts.Discord.ShownAsync(hosts.DiscordClient, Payloads.Command("ask", Payloads.Option("question", 3, question)));
            return ReplyChecks.Discord(message);
        });

    [Property(MaxTest = Cases, Arbitrary = [typeof(HostileArbitraries)])]
    public Property SlackAsk_RendersEveryHostileQuestionSafely(string question) =>
        Run(async () =>
        {
            var hook = $"hostile-{hosts.Next()}";
            using var response = await hosts.Slack.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", question, hosts.SlackApi.ResponseUrl(hook)));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"status {(int)response.StatusCode}";
            }

            var inline = JsonNode.Parse(body)!.AsObject();
            var reply = (string?)inline["text"] == "Looking that up…" ? (await hosts.SlackApi.WaitForAsync(c => c.Path == "/hooks/" + hook)).Json.AsObject() : inline;
            return ReplyChecks.Slack(inline) ?? ReplyChecks.Slack(reply);
        });

    [Property(MaxTest = Cases / 2, Arbitrary = [typeof(HostileArbitraries)])]
    public Property SlackMention_RendersEveryHostileQuestionSafely(string question) =>
        Run(async () =>
        {
            var n = hosts.Next();
            var ts = $"1700000000.{n:D6}";
            var body = SlackForms.Event($"Ev-hostile-{n}", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> {question}", ts));
            using var response = await hosts.Slack.PostSignedAsync("/slack/events", body, "application/json");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"status {(int)response.StatusCode}";
            }

            var posted = await hosts.SlackApi.WaitForAsync(c => c.Path.StartsWith("/api/chat.", StringComparison.Ordinal) && c.Body.Contains(ts, StringComparison.Ordinal));
            return ReplyChecks.Slack(posted.Json.AsObject());
        });

    /// <summary>FsCheck properties are synchronous; the host is awaited off the test's synchronization context.</summary>
    private static Property Run(Func<Task<string?>> check)
    {
        string? problem;
        try
        {
            problem = Task.Run(check).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or TimeoutException or HttpRequestException)
        {
            problem = $"{e.GetType().Name}: {e.Message}";
        }

        return (problem is null).Label(problem ?? "ok");
    }
}
