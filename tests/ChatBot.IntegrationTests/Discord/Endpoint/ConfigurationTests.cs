using ChatBot.Core.Commands;
using ChatBot.Discord;
using ChatBot.Discord.Configuration;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("ApplicationId", "ChatBot:Discord:ApplicationId is required")]
    [InlineData("PublicKey", "ChatBot:Discord:PublicKey is required")]
    public void MissingKey_StopsStartUp_NamingTheKey(string missing, string expected)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { [missing] = null }));

        Assert.Contains(expected, failure.Failures);
    }

    [Fact]
    public void GatewayWithoutABotToken_StopsStartUp_NamingTheKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { ["BotToken"] = null, ["Gateway:Enabled"] = "true" }));

        Assert.Contains(failure.Failures, f => f.StartsWith("ChatBot:Discord:BotToken is required when ChatBot:Discord:Gateway:Enabled is true", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedValues_AreNamed()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { ["PublicKey"] = "xyz", ["ApplicationId"] = "my-app", ["AllowedChannelIds:0"] = "general" }));

        Assert.Contains("ChatBot:Discord:PublicKey must be the 64-character hex Public Key from the Developer Portal", failure.Failures);
        Assert.Contains("ChatBot:Discord:ApplicationId must be a Discord id (digits only)", failure.Failures);
        Assert.Contains("ChatBot:Discord:AllowedChannelIds contains 'general', which is not a Discord id", failure.Failures);
    }

    [Theory]
    [InlineData("Gateway:ShardCount", "0", "ChatBot:Discord:Gateway:ShardCount must be between 1 and 4096")]
    [InlineData("Gateway:LeaseRenewInterval", "00:00:10", "ChatBot:Discord:Gateway:LeaseRenewInterval must be positive and at most half of ChatBot:Discord:Gateway:LeaseTimeToLive")]
    public void BadShardSettings_AreNamed(string key, string value, string expected)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(new() { [key] = value }));

        Assert.Contains(expected, failure.Failures);
    }

    [Fact]
    public void InteractionsOnly_NeedNoBotToken()
    {
        var options = Options(new() { ["BotToken"] = null });

        Assert.Equal(new Uri("https://discord.com/api/v10"), options.ApiBaseUrl);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.InlineReplyBudget);
        Assert.Equal((1, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5)), (options.Gateway.ShardCount, options.Gateway.LeaseTimeToLive, options.Gateway.LeaseRenewInterval));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WithoutTheSection_OrDisabled_NothingIsRegistered(bool disabled)
    {
        var settings = disabled ? new Dictionary<string, string?> { ["ChatBot:Discord:Enabled"] = "false" } : [];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();

        services.AddDiscordAdapter(configuration);

        Assert.Empty(services);
    }

    private static DiscordOptions Options(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId,
            ["ChatBot:Discord:PublicKey"] = new string('a', 64),
            ["ChatBot:Discord:BotToken"] = DiscordTestHost.BotToken,
        };
        foreach (var (key, value) in overrides)
        {
            settings[$"ChatBot:Discord:{key}"] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<ICommandDispatcher>(new FakeCommandDispatcher());
        services.AddDiscordAdapter(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }
}
