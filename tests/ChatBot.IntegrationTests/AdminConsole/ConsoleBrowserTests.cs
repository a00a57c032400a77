using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>The moderator console in a real headless chromium, against the real host on Kestrel.</summary>
public sealed partial class ConsoleBrowserTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private const string ModeratorPermissions = "8192";
    private const string MemberPermissions = "2048";

    [Fact]
    public Task ALink_SignsInOnce_ExpiredAndReusedLinksAreRefused_AndSignOutEndsTheSession() => host.RunAsync(nameof(ALink_SignsInOnce_ExpiredAndReusedLinksAreRefused_AndSignOutEndsTheSession), () =>
    {
        Fresh();
        var link = host.Link(ChatPlatform.Cli, "alice");

        host.SignIn(link);
        Assert.Equal("Dashboard", host.Browser.FindElement(By.TagName("h1")).Text);
        Assert.Contains("cli:alice", host.Browser.FindElement(By.TagName("header")).Text, StringComparison.Ordinal);
        var session = host.Browser.Manage().Cookies.GetCookieNamed("chatbot-admin")!;
        Assert.True(session.IsHttpOnly);
        Assert.Equal("Strict", session.SameSite);
        Assert.InRange(session.Expiry!.Value - DateTime.UtcNow, TimeSpan.FromHours(7.9), TimeSpan.FromHours(8.1));

        host.Submit(By.Id("sign-out"));
        Assert.Equal("You are signed out.", host.Text("signin-message"));
        host.Open("/admin");
        Assert.Contains("/admin/signin", host.Browser.Url, StringComparison.Ordinal);

        host.SignIn(link);
        Assert.Contains("already used", host.Text("signin-message"), StringComparison.Ordinal);

        host.Browser.Navigate().GoToUrl(host.ExpiredLink("alice"));
        Assert.Contains("expired", host.Text("signin-message"), StringComparison.Ordinal);
        Assert.Empty(host.Browser.FindElements(By.Id("continue")));
        return Task.CompletedTask;
    });

    [Fact]
    public Task OnDiscord_AModeratorGetsAWorkingPrivateLink_AndAMemberNone() => host.RunAsync(nameof(OnDiscord_AModeratorGetsAWorkingPrivateLink_AndAMemberNone), async () =>
    {
        Fresh();
        var member = await DiscordShownAsync(Admin(MemberPermissions));
        Assert.DoesNotMatch(LinkPattern(), member.Text);
        Assert.Contains("Only moderators", member.Text, StringComparison.Ordinal);

        var moderator = await DiscordShownAsync(Admin(ModeratorPermissions));
        Assert.True(moderator.Ephemeral);
        host.SignIn(host.AtServer(LinkPattern().Match(moderator.Text).Value));
        Assert.Contains($"discord:{Payloads.UserId}", host.Browser.FindElement(By.TagName("header")).Text, StringComparison.Ordinal);
    });

    [Fact]
    public Task AFactCard_IsWrittenWithTheQuotePicker_Listed_Edited_AndItsHistoryShowsTheDiff() => host.RunAsync(nameof(AFactCard_IsWrittenWithTheQuotePicker_Listed_Edited_AndItsHistoryShowsTheDiff), async () =>
    {
        Fresh();
        host.SignIn(host.Link(ChatPlatform.Slack, ConsoleHost.ModeratorSlackUser));
        host.Open("/admin/factcards/edit");
        Type("Slug", "browser-summit");
        Type("Title", "The 2002 summit");
        Type("Summary", "What the first summit brought.");
        Type("Query", "Pyongyang summit");
        host.Submit(By.Id("search"));
        var sentence = host.Browser.FindElement(By.CssSelector("#candidates blockquote")).Text;
        host.Submit(By.CssSelector("#candidates button"));
        Assert.Equal(sentence, host.Browser.FindElement(By.Id("Facts_0__Quote")).GetAttribute("value"));
        Assert.Equal("The 2002 summit", host.Browser.FindElement(By.Id("Title")).GetAttribute("value"));
        host.Submit(By.Id("save"));

        Assert.Contains("Saved “browser-summit”", host.Text("saved-message"), StringComparison.Ordinal);
        Assert.Contains("browser-summit", host.Text("cards"), StringComparison.Ordinal);

        host.Open("/admin/factcards/edit?slug=browser-summit");
        Type("Title", "The 2002 Pyongyang summit");
        host.Submit(By.Id("save"));
        Assert.Contains("The 2002 Pyongyang summit", host.Text("cards"), StringComparison.Ordinal);

        host.Open("/admin/factcards/history?slug=browser-summit");
        var latest = host.Browser.FindElement(By.CssSelector("#revisions > li"));
        Assert.Contains("Version 2: edited", latest.Text, StringComparison.Ordinal);
        Assert.Contains($"slack:{ConsoleHost.ModeratorSlackUser}", latest.Text, StringComparison.Ordinal);
        Assert.Equal("The 2002 summit", latest.FindElement(By.TagName("del")).Text);
        Assert.Equal("The 2002 Pyongyang summit", latest.FindElement(By.TagName("ins")).Text);

        var log = await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(50);
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: "console factcard edit", Target: "browser-summit" } && e.Outcome.StartsWith("saved version 2", StringComparison.Ordinal));
    });

    [Fact]
    public Task APostWithoutTheAntiForgeryToken_IsRefused_EvenWithASession() => host.RunAsync(nameof(APostWithoutTheAntiForgeryToken_IsRefused_EvenWithASession), async () =>
    {
        Fresh();
        host.SignIn(host.Link(ChatPlatform.Cli, "mallory-target"));
        var cookie = host.Browser.Manage().Cookies.GetCookieNamed("chatbot-admin")!;
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var get = new HttpRequestMessage(HttpMethod.Get, "/admin/factcards");
        get.Headers.Add("Cookie", $"chatbot-admin={cookie.Value}");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(get)).StatusCode);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/factcards/edit?handler=Save")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Slug"] = "forged-card", ["Title"] = "Forged", ["Summary"] = "x" }),
        };
        post.Headers.Add("Cookie", $"chatbot-admin={cookie.Value}");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(post)).StatusCode);
        Assert.Null(await host.Factory.Services.GetRequiredService<Core.FactCards.FactCardService>().FindAsync("forged-card"));
    });

    [Fact]
    public Task TheDashboard_ShowsQuestionsJustAskedOnDiscordAndSlack() => host.RunAsync(nameof(TheDashboard_ShowsQuestionsJustAskedOnDiscordAndSlack), async () =>
    {
        Fresh();
        host.SignIn(host.Link(ChatPlatform.Cli, "dashboard-reader"));
        var before = int.Parse(host.Text("stat-questions"), System.Globalization.CultureInfo.InvariantCulture);

        await DiscordShownAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")));
        using var slack = await host.Factory.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "Who is Megumi Yokota?", host.Slack.ResponseUrl("dashboard"), user: "U7"));
        Assert.Equal(HttpStatusCode.OK, slack.StatusCode);
        if ((await slack.Content.ReadAsStringAsync()).Trim().Length == 0)
        {
            // Deferred: the answer comes through the response_url.
            await host.Slack.WaitForAsync(c => c.Path == "/hooks/dashboard");
        }

        host.Open("/admin");
        Assert.Equal(before + 2, int.Parse(host.Text("stat-questions"), System.Globalization.CultureInfo.InvariantCulture));
        var rows = host.Browser.FindElements(By.CssSelector("#latest-questions tr")).Select(r => r.Text).ToList();
        Assert.Contains(rows, r => r.Contains(" Discord ", StringComparison.Ordinal) && r.EndsWith("When did the five abductees return to Japan?", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(" Slack ", StringComparison.Ordinal) && r.EndsWith("Who is Megumi Yokota?", StringComparison.Ordinal));
        Assert.NotEmpty(host.Browser.FindElements(By.CssSelector("svg.chart rect.bar")));
    });

    private void Fresh()
    {
        host.Open("/admin/signin");
        host.Browser.Manage().Cookies.DeleteAllCookies();
    }

    private void Type(string id, string text)
    {
        var field = host.Browser.FindElement(By.Id(id));
        field.Clear();
        field.SendKeys(text);
    }

    private static JsonObject Admin(string permissions)
    {
        var interaction = Payloads.Command("admin");
        interaction["member"] = Payloads.Member(permissions);
        return interaction;
    }

    /// <summary>What the Discord user ends up seeing (inline or the edit after a deferral), as text, and whether only they see it.</summary>
    private async Task<(string Text, bool Ephemeral)> DiscordShownAsync(JsonObject interaction)
    {
        using var response = await DiscordHost.PostAsync(host.Client, host.DiscordKey, interaction, host.Factory.HostClock);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var type = (int)body["type"]!;
        var message = body["data"];
        if (type is 5 or 6)
        {
            var token = (string)interaction["token"]!;
            message = JsonNode.Parse((await host.DiscordApi.NextAsync(r => r.Path.Contains(token, StringComparison.Ordinal))).Body);
        }

        var flags = (int?)(type == 5 ? body["data"]?["flags"] : message?["flags"]) ?? 0;
        return (message!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), (flags & 64) != 0);
    }

    [GeneratedRegex(@"http://console\.invalid/admin/signin\?token=[A-Za-z0-9_.%\-]+")]
    private static partial Regex LinkPattern();
}
