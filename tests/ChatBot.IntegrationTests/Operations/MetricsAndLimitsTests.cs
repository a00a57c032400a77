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
        Assert.Contains("status=\"not_found\"", metrics);
        Assert.Contains("chatbot_declines_total", metrics);
        Assert.Contains("chatbot_answer_duration_milliseconds_bucket", metrics);
        Assert.Contains("chatbot_admission_waiting", metrics);

        // The answers' records went through the LiteDB answer-records store: counted and timed per store.
        var stored = metrics.Split('\n').Where(l => l.StartsWith("chatbot_store_operations_total{", StringComparison.Ordinal)).ToList();
        Assert.Contains(stored, l => l.Contains("store=\"answer_records\"", StringComparison.Ordinal) && l.Contains("provider=\"litedb\"", StringComparison.Ordinal) && l.Contains("outcome=\"ok\"", StringComparison.Ordinal));
        Assert.Contains("chatbot_store_operation_duration_milliseconds_bucket{", metrics);
    }

    [Fact]
    public async Task AUserOverTheLimit_GetsAPoliteMessage_NeverSilence()
    {
        using var factory = Limited(("UserBurst", "2"), ("UserPerMinute", "1"));
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

    [Fact]
    public async Task ManyUsersInManyChannels_AreLimitedTogether_ByTheGlobalBucket()
    {
        using var factory = Limited(("GlobalBurst", "3"), ("GlobalPerMinute", "1"));
        var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();

        var replies = new List<Reply>();
        for (var i = 0; i < 5; i++)
        {
            replies.Add(await dispatcher.DispatchAsync(Ask($"user-{i}", "Who is Choi Sung-Yong?", $"C{i}")));
        }

        Assert.Equal([ReplyKind.Answer, ReplyKind.Answer, ReplyKind.Answer, ReplyKind.RateLimited, ReplyKind.RateLimited], replies.Select(r => r.Kind));
        Assert.StartsWith("Lots of people are asking questions right now. Please wait about", replies[3].Body, StringComparison.Ordinal);
        Assert.Equal(ReplyVisibility.Ephemeral, replies[3].Visibility);
    }

    [Fact]
    public async Task ButtonPressesAndVotes_NeverCountAgainstQuestions_AndHaveALimitOfTheirOwn()
    {
        using var factory = Limited(("UserBurst", "2"), ("UserPerMinute", "1"), ("PressBurst", "3"), ("PressPerMinute", "1"));
        var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();

        var answer = await dispatcher.DispatchAsync(Ask("reader", "Who is Choi Sung-Yong?"));
        var quotes = answer.ButtonRows.SelectMany(r => r).Single(b => b.ActionId.StartsWith("quotes:", StringComparison.Ordinal)).ActionId;
        var vote = answer.ButtonRows.SelectMany(r => r).Single(b => b.ActionId.StartsWith("fb:up:", StringComparison.Ordinal)).ActionId;
        var presses = new List<Reply>();
        foreach (var action in new[] { quotes, vote, quotes, quotes })
        {
            presses.Add(await dispatcher.DispatchComponentAsync(new ComponentRequest(ChatPlatform.Slack, new ChatUser("reader"), "C1", action)));
        }

        Assert.All(presses.Take(3), p => Assert.NotEqual(ReplyKind.RateLimited, p.Kind));
        Assert.Equal(ReplyKind.RateLimited, presses[3].Kind);
        Assert.StartsWith("You're pressing buttons faster than I can keep up.", presses[3].Body, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Answer, (await dispatcher.DispatchAsync(Ask("reader", "When did the five abductees return to Japan?"))).Kind);
        Assert.Equal(ReplyKind.RateLimited, (await dispatcher.DispatchAsync(Ask("reader", "Who is Choi Sung-Yong?"))).Kind);
    }

    /// <summary>The host with these rate-limit settings, started.</summary>
    private static ChatBotFactory Limited(params (string Key, string Value)[] settings)
    {
        var factory = new ChatBotFactory();
        foreach (var (key, value) in settings)
        {
            factory.Settings[$"ChatBot:RateLimits:{key}"] = value;
        }

        factory.CreateClient().Dispose();
        return factory;
    }

    private static CommandRequest Ask(string user, string question, string channel = "C1") =>
        new(ChatPlatform.Slack, new ChatUser(user), channel, "ask", new Dictionary<string, string> { ["question"] = question });
}
