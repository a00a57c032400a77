using System.Text.Json.Nodes;
using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>Posting a card to a channel from the console, through the loopback Discord and Slack APIs.</summary>
public sealed partial class ConsoleBrowserTests
{
    private const string PostChannel = "112233445566778899";
    private const string RefusingChannel = "998877665544332211";
    private const string SlackChannel = "C0CONSOLE1";

    [Fact]
    public Task AFactCard_IsPostedToADiscordAndASlackChannel_MentioningNobody_AndARefusalIsOneLine() => host.RunAsync(nameof(AFactCard_IsPostedToADiscordAndASlackChannel_MentioningNobody_AndARefusalIsOneLine), async () =>
    {
        Fresh();
        host.SignIn(host.Link(ChatPlatform.Slack, ConsoleHost.ModeratorSlackUser));
        host.Open("/admin/factcards/edit");
        Type("Slug", "browser-post");
        Type("Title", "The summit, posted");
        Type("Summary", "What the first summit brought.");
        Type("Query", "Pyongyang summit");
        host.Submit(By.Id("search"));
        host.Submit(By.CssSelector("#candidates button"));
        host.Submit(By.Id("save"));
        host.Open("/admin/factcards/edit?slug=browser-post");
        host.Browser.FindElement(By.Id("post-link")).Click();

        Post("Discord", PostChannel);
        var posted = await host.DiscordApi.NextAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{PostChannel}/messages", StringComparison.Ordinal));
        Assert.Contains($"Posted “browser-post” to Discord channel {PostChannel}", host.Text("posted-message"), StringComparison.Ordinal);
        var message = JsonNode.Parse(posted.Body)!;
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(message["flags"]);
        Assert.Contains("The summit, posted", posted.Body, StringComparison.Ordinal);

        host.DiscordApi.FailNext("POST", $"/channels/{RefusingChannel}/messages", 403, """{"message":"Missing Access","code":50001}""");
        Post("Discord", RefusingChannel);
        var error = host.Text("post-error");
        Assert.StartsWith("Discord did not accept the message", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);

        Post("Discord", "<@everyone>");
        Assert.StartsWith("The channel id is letters and digits only", host.Text("post-error"), StringComparison.Ordinal);
        Assert.DoesNotContain(host.DiscordApi.Requests, r => r.Path.Contains("everyone", StringComparison.Ordinal));

        Post("Slack", SlackChannel);
        var slackPost = await host.Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains(SlackChannel, StringComparison.Ordinal));
        Assert.Contains($"Posted “browser-post” to Slack channel {SlackChannel}", host.Text("posted-message"), StringComparison.Ordinal);
        Assert.Contains("The summit, posted", slackPost.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<!everyone>", slackPost.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", slackPost.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", slackPost.Body, StringComparison.Ordinal);

        var log = await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(50);
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: "console factcard post", Target: $"browser-post to discord:{PostChannel}", Outcome: "posted version 1" });
        Assert.Contains(log, e => e is { Action: "console factcard post", Target: $"browser-post to slack:{SlackChannel}", Outcome: "posted version 1" });
        Assert.Contains(log, e => e is { Action: "console factcard post", Target: $"browser-post to discord:{RefusingChannel}" } && e.Outcome.StartsWith("failed", StringComparison.Ordinal));

        // Only the console's own entries, written once the platform answered: a refused post is never "posted".
        Assert.DoesNotContain(log, e => e is { Action: "factcard post", Target: "browser-post" });
    });

    private void Post(string platform, string channel)
    {
        host.Browser.FindElement(By.CssSelector($"#Platform option[value={platform}]")).Click();
        Type("ChannelId", channel);
        host.Submit(By.Id("post"));
    }
}
