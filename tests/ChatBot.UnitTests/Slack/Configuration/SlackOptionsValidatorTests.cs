using ChatBot.Slack.Configuration;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackOptionsValidatorTests
{
    private static readonly SlackOptionsValidator Validator = new();

    [Fact]
    public void HttpMode_NamesMissingSigningSecretAndBotToken()
    {
        var result = Validator.Validate(null, new SlackOptions());
        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("ChatBot:Slack:SigningSecret is missing", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("ChatBot:Slack:BotToken is missing", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("AppToken", StringComparison.Ordinal));
    }

    [Fact]
    public void SocketMode_NamesMissingAppToken_NotSigningSecret()
    {
        var result = Validator.Validate(null, new SlackOptions { Mode = SlackMode.Socket, BotToken = "xoxb-1" });
        Assert.Equal(["ChatBot:Slack:AppToken is missing: Socket Mode connects with the app-level token (xapp-…). Set it with the environment variable ChatBot__Slack__AppToken."], result.Failures);
    }

    [Fact]
    public void WrongTokenKind_IsReported_WithoutEchoingTheToken()
    {
        var result = Validator.Validate(null, new SlackOptions { SigningSecret = "s", BotToken = "xapp-secret-value" });
        Assert.Contains(result.Failures!, f => f.Contains("BotToken does not look right", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public void CompleteHttpSettings_AreValid() =>
        Assert.True(Validator.Validate(null, new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1" }).Succeeded);

    [Fact]
    public void Disabled_IsValidWithoutSecrets() =>
        Assert.True(Validator.Validate(null, new SlackOptions { Enabled = false }).Succeeded);

    [Theory]
    [InlineData("C1", false)]
    [InlineData("G2", false)]
    [InlineData("D9", true)]
    public void DirectMessageChannels_AreTheOnesStartingWithD(string channel, bool direct) =>
        Assert.Equal(direct, SlackOptions.IsDirectMessage(channel));
}
