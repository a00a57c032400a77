using System.Net.Http.Headers;
using System.Text;
using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Slack.Handling;
using ChatBot.Slack.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// The real host with Slack configured against <see cref="FakeSlackServer"/>; optionally with a
/// <see cref="FakeCommandDispatcher"/> in place of the real command layer. Posts requests signed like Slack does, at the
/// host's own time: a fake clock that only a test moves (or the one a test registers through <c>configure</c>), so
/// the inline budget never runs out by itself.
/// </summary>
public sealed class SlackTestFactory(FakeSlackServer slack, FakeCommandDispatcher? dispatcher = null, Action<IServiceCollection>? configure = null) : ChatBotFactory(new ObservedTimeProvider())
{
    public const string SigningSecret = "test-signing-secret";
    public const string BotToken = "xoxb-test-token";

    public FakeSlackServer Slack => slack;

    /// <summary>The fake clock the host runs on unless a test registers its own.</summary>
    public ObservedTimeProvider Time => (ObservedTimeProvider)Clock!;

    public ReplyRunner Work => Services.GetRequiredService<ReplyRunner>();

    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType = "application/x-www-form-urlencoded", Action<HttpRequestMessage>? adjust = null)
    {
        var timestamp = HostClock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(SigningSecret, timestamp, bytes));
        adjust?.Invoke(request);
        return CreateClient().SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Settings.TryAdd("ChatBot:Slack:SigningSecret", SigningSecret);
        Settings.TryAdd("ChatBot:Slack:BotToken", BotToken);
        Settings.TryAdd("ChatBot:Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString());
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            if (dispatcher is not null)
            {
                services.RemoveAll<ICommandDispatcher>();
                services.RemoveAll<ISlowReplyPolicy>();
                dispatcher.Replace(services);
            }

            configure?.Invoke(services);
        });
    }
}
