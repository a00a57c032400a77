using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.IntegrationTests.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>When the store of used links cannot answer, the sign-in button says which store, with 503, and spends nothing.</summary>
public sealed partial class ConsoleSignInUnavailableTests : IAsyncLifetime
{
    private const string RedisDown = "the shared store (Redis) is unreachable, so the sign-in link cannot be checked";

    private readonly UnreachableNonceStore nonces = new();
    private FakeSlackServer slack = null!;
    private SlackTestFactory factory = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        factory = new SlackTestFactory(slack, configure: services => services.Replace(ServiceDescriptor.Singleton<IConsumedNonceStore>(nonces)));
        factory.Settings["ChatBot:Admin:ConsoleEnabled"] = "true";
        factory.Settings["ChatBot:Admin:SigningKey"] = ConsoleHost.SigningKey;
        factory.Settings["ChatBot:Admin:BaseUrl"] = "http://localhost";
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task SigningInWhileTheNonceStoreIsDown_Is503NamingIt_AndTheLinkStillWorksLater()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var link = new Uri(factory.Services.GetRequiredService<AdminLinks>().Issue(ChatPlatform.Slack, "U1")!);

        nonces.Reachable = false;
        using var refused = await ContinueAsync(client, link);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("The shared store (Redis) is unreachable, so the sign-in link cannot be checked; the link is still unused", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("database", page, StringComparison.OrdinalIgnoreCase);

        nonces.Reachable = true;
        using var accepted = await ContinueAsync(client, link);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/admin", accepted.Headers.Location?.OriginalString);
    }

    /// <summary>Opens the link (the page with the button and its anti-forgery token), then presses the button.</summary>
    private static async Task<HttpResponseMessage> ContinueAsync(HttpClient client, Uri link)
    {
        var form = await client.GetStringAsync(link.PathAndQuery);
        var token = AntiForgeryField().Match(form).Groups["value"].Value;
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return await client.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = query["token"]!,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiForgeryField();

    private sealed class UnreachableNonceStore : IConsumedNonceStore
    {
        private readonly HashSet<string> used = [];

        public bool Reachable { get; set; } = true;

        public ValueTask<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
            Reachable ? ValueTask.FromResult(used.Add(nonce)) : throw new StorageUnavailableException(RedisDown);
    }
}
