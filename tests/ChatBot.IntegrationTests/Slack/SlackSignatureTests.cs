using System.Net;
using System.Text;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackSignatureTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    private static readonly string[] Paths = ["/slack/commands", "/slack/events", "/slack/interactions"];

    [Fact]
    public async Task MissingSignature_Is401_OnEveryEndpoint()
    {
        foreach (var path in Paths)
        {
            var response = await fixture.Host.PostSignedAsync(path, "command=%2Fask", adjust: r => r.Headers.Remove("X-Slack-Signature"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Empty(fixture.Dispatcher.Commands);
    }

    [Fact]
    public async Task WrongSignature_Is401()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "Who?", "https://hooks.slack.com/x"), adjust: r =>
        {
            r.Headers.Remove("X-Slack-Signature");
            r.Headers.Add("X-Slack-Signature", "v0=" + new string('0', 64));
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StaleTimestamp_Is401_EvenWithAValidSignatureForIt()
    {
        var old = fixture.Time.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = SlackForms.Command("/ask", "Who?", "https://hooks.slack.com/x");
        var response = await fixture.Host.PostSignedAsync("/slack/commands", body, adjust: r =>
        {
            r.Headers.Remove("X-Slack-Request-Timestamp");
            r.Headers.Remove("X-Slack-Signature");
            r.Headers.Add("X-Slack-Request-Timestamp", old);
            r.Headers.Add("X-Slack-Signature", ChatBot.Slack.Security.SlackSignatureVerifier.Sign(SlackTestFactory.SigningSecret, old, Encoding.UTF8.GetBytes(body)));
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignatureWithOtherSecret_Is401()
    {
        var body = SlackForms.Command("/ask", "Who?", "https://hooks.slack.com/x");
        var response = await fixture.Host.PostSignedAsync("/slack/commands", body, adjust: r =>
        {
            var timestamp = r.Headers.GetValues("X-Slack-Request-Timestamp").Single();
            r.Headers.Remove("X-Slack-Signature");
            r.Headers.Add("X-Slack-Signature", ChatBot.Slack.Security.SlackSignatureVerifier.Sign("another-secret", timestamp, Encoding.UTF8.GetBytes(body)));
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OversizeBody_Is413()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/commands", "text=" + new string('a', 70_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
