using ChatBot.Core.Delivery;
using ChatBot.Slack;
using ChatBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>The Slack adapter's Web API client against a loopback Slack, on a fake clock.</summary>
internal sealed class SlackApiHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SlackApiHarness(FakeSlackServer slack, ServiceProvider services, ObservedTimeProvider time)
    {
        Slack = slack;
        this.services = services;
        Time = time;
    }

    public FakeSlackServer Slack { get; }

    public ObservedTimeProvider Time { get; }

    public SlackApiClient Client => services.GetRequiredService<SlackApiClient>();

    /// <summary>The next timer that is a retry's back-off, not the resilience handler's attempt or total timeout.</summary>
    public Task<TimeSpan> NextBackoffAsync() =>
        Time.NextTimerAsync(d => d > TimeSpan.Zero && d != TimeSpan.FromSeconds(10) && d != TimeSpan.FromSeconds(120));

    public static async Task<SlackApiHarness> StartAsync()
    {
        var slack = await FakeSlackServer.StartAsync();
        var time = new ObservedTimeProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Slack:SigningSecret"] = "s",
            ["ChatBot:Slack:BotToken"] = SlackTestFactory.BotToken,
            ["ChatBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging()
            .AddSingleton<ReplyRunner>() // Core's (AddChatBotCore), which the harness does not compose
            .AddSlackAdapter(configuration)
            .BuildServiceProvider();
        return new SlackApiHarness(slack, services, time);
    }

    public async ValueTask DisposeAsync()
    {
        // A failed test can leave a retry waiting on the fake clock; let it run out so disposing does not wait for it.
        Time.Fake.Advance(TimeSpan.FromMinutes(5));
        await services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
