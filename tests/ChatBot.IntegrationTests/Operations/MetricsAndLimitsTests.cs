using ChatBot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Operations;

public sealed class MetricsAndLimitsTests
{
    [Fact]
    public async Task Metrics_ArePublishedInPrometheusFormat_AfterAnAnswer()
    {
        using var factory = new ChatBotFactory();
        using var client = factory.CreateClient();
        var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();
        await dispatcher.DispatchAsync(Ask("user-1", "Who is Choi Sung-Yong?"));
        await dispatcher.DispatchAsync(Ask("user-1", "What is the weather in Tokyo?"));

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("chatbot_questions_total{", metrics);
        Assert.Contains("status=\"NotFound\"", metrics);
        Assert.Contains("chatbot_declines_total", metrics);
        Assert.Contains("chatbot_answer_duration_milliseconds_bucket", metrics);
    }

    [Fact]
    public async Task AUserOverTheLimit_GetsAPoliteMessage_NeverSilence()
    {
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:RateLimits:UserBurst"] = "2";
        factory.Settings["ChatBot:RateLimits:UserPerMinute"] = "1";
        using var client = factory.CreateClient();
        var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();

        var replies = new List<Reply>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await dispatcher.DispatchAsync(Ask("busy-user", "Who is Choi Sung-Yong?")));
        }

        Assert.Equal([ReplyKind.Answer, ReplyKind.Answer, ReplyKind.RateLimited, ReplyKind.RateLimited], replies.Select(r => r.Kind));
        Assert.Contains("Please wait about", replies[2].Body);
        Assert.Equal(ReplyVisibility.Ephemeral, replies[2].Visibility);
        Assert.Equal(ReplyKind.Answer, (await dispatcher.DispatchAsync(Ask("someone-else", "Who is Choi Sung-Yong?"))).Kind);
    }

    private static CommandRequest Ask(string user, string question) =>
        new(ChatPlatform.Slack, new ChatUser(user), "C1", "ask", new Dictionary<string, string> { ["question"] = question });
}
