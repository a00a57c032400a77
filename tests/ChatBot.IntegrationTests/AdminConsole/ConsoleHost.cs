using System.Net;
using System.Security.Cryptography;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>
/// The real host on Kestrel (127.0.0.1, a port of the system's choosing) with the console on, Discord and Slack set up
/// against loopback fakes, and one headless chromium shared by a test class. A test's steps run through
/// <see cref="RunAsync"/>, which saves a screenshot to the test output folder when they fail.
/// </summary>
public sealed class ConsoleHost : IAsyncLifetime
{
    public const string SigningKey = "console-browser-tests-signing-key-0123456789";
    public const string ModeratorSlackUser = "U1";

    private FakeDiscordApi? discordApi;

    public SlackTestFactory Factory { get; private set; } = null!;

    public FakeSlackServer Slack { get; private set; } = null!;

    public TestSigningKey DiscordKey { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public ChromeDriver Browser { get; private set; } = null!;

    /// <summary>A corpus folder of the test's own (one it may write to); the bundled corpus when null.</summary>
    public string? CorpusDirectory { get; init; }

    public HttpClient Client { get; private set; } = null!;

    internal FakeDiscordApi DiscordApi => discordApi!;

    public async Task InitializeAsync()
    {
        discordApi = await FakeDiscordApi.StartAsync();
        Slack = await FakeSlackServer.StartAsync();
        Factory = new SlackTestFactory(Slack);
        Factory.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        Factory.Settings["ChatBot:Discord:PublicKey"] = DiscordKey.PublicKeyHex;
        Factory.Settings["ChatBot:Discord:ApiBaseUrl"] = discordApi.BaseUrl.ToString();
        Factory.Settings["ChatBot:Discord:BotToken"] = "console-test-bot-token";
        Factory.Settings["ChatBot:Moderation:SlackUserIds:0"] = ModeratorSlackUser;
        Factory.Settings["ChatBot:Admin:ConsoleEnabled"] = "true";
        Factory.Settings["ChatBot:Admin:SigningKey"] = SigningKey;
        Factory.Settings["ChatBot:Admin:BaseUrl"] = "http://console.invalid";
        if (CorpusDirectory is not null)
        {
            Factory.Settings["ChatBot:Corpus:Directory"] = CorpusDirectory;
        }

        Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = Factory.CreateClient();
        Browser = Chromium.Start();
    }

    /// <summary>A link the host accepts, at the running server's address (links carry the configured base URL).</summary>
    public string Link(ChatPlatform platform, string user) =>
        AtServer(Factory.Services.GetRequiredService<AdminLinks>().Issue(platform, user)!);

    /// <summary>A link signed with the host's key but issued 11 minutes ago on another clock, so it has expired now.</summary>
    public string ExpiredLink(string user)
    {
        var then = new FakeTimeProvider(Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow() - TimeSpan.FromMinutes(11));
        return AdminLinks.LinkFor(BaseAddress.ToString(), new AdminLinkSigner(SigningKey, then).Issue(ChatPlatform.Cli, user));
    }

    public string AtServer(string link) => link.Replace("http://console.invalid/", BaseAddress.ToString(), StringComparison.Ordinal);

    public void Open(string path) => Browser.Navigate().GoToUrl(new Uri(BaseAddress, path));

    public string Text(string id) => Browser.FindElement(By.Id(id)).Text;

    public void SignIn(string link)
    {
        Browser.Navigate().GoToUrl(link);
        Submit(By.Id("continue"));
    }

    /// <summary>Clicks a submit button and waits until the page it was on is gone, so the next step sees the answer.</summary>
    public void Submit(By button)
    {
        var page = Browser.FindElement(By.TagName("html"));
        Browser.FindElement(button).Click();
        new WebDriverWait(Browser, TimeSpan.FromSeconds(15)).Until(_ => IsGone(page));
    }

    private static bool IsGone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
        catch (UnknownErrorException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // Chromium's other word for a stale element, when the page is replaced mid-call.
            return true;
        }
    }

    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            Browser.GetScreenshot().SaveAsFile(Path.Combine(folder, $"{name}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}.png"));
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        Browser?.Quit();
        Browser?.Dispose();
        Client?.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
        await discordApi!.DisposeAsync();
        DiscordKey.Dispose();
    }
}
