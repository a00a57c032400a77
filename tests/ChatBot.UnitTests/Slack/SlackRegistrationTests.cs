using ChatBot.Slack;
using ChatBot.Slack.Handling;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackRegistrationTests
{
    [Fact]
    public void AddSlackAdapter_RegistersNothing_WithoutSection()
    {
        var services = new ServiceCollection().AddSlackAdapter(new ConfigurationBuilder().Build());
        Assert.Empty(services);
    }

    [Fact]
    public void AddSlackAdapter_RegistersNothing_WhenDisabled()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ChatBot:Slack:Enabled"] = "false" }).Build();
        Assert.Empty(new ServiceCollection().AddSlackAdapter(configuration));
    }

    [Fact]
    public void AddSlackAdapter_RegistersHandlers_WithSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ChatBot:Slack:BotToken"] = "xoxb-1" }).Build();
        var services = new ServiceCollection().AddSlackAdapter(configuration);
        Assert.Contains(services, d => d.ServiceType == typeof(SlashCommandHandler));
    }
}
