using ChatBot.Ingest;

namespace ChatBot.UnitTests.Ingest;

/// <summary>Moderator channels are ids: the feed messages posted there are edited later by channel id.</summary>
public sealed class IngestOptionsValidatorTests
{
    [Theory]
    [InlineData("700000000000000001", "C0123ABCD")]
    [InlineData("", "")]
    [InlineData(null, "G01PRIVATE")]
    public void ChannelIds_AreAccepted(string? discord, string? slack) =>
        Assert.True(Validate(discord, slack).Succeeded);

    [Theory]
    [InlineData("#moderators", null, "ChatBot:Ingest:ModeratorChannel:Discord must be a channel id")]
    [InlineData(null, "#moderators", "ChatBot:Ingest:ModeratorChannel:Slack must be a channel id such as C0123ABCD, not '#moderators'")]
    [InlineData(null, "moderators", "ChatBot:Ingest:ModeratorChannel:Slack must be a channel id")]
    public void ChannelNames_AreRefused_NamingTheKey(string? discord, string? slack, string expected)
    {
        var result = Validate(discord, slack);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? discord, string? slack) =>
        new IngestOptionsValidator().Validate(null, new IngestOptions { ModeratorChannel = new ModeratorChannelOptions { Discord = discord, Slack = slack } });
}
