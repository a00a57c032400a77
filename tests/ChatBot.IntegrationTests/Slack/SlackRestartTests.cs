namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackRestartTests
{
    [Fact]
    public async Task EventRetriedAfterRestart_IsNotAnsweredAgain()
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-slack-restart-");
        await using var slack = await FakeSlackServer.StartAsync();
        var body = SlackForms.Event("Ev-restart", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> survive a restart?", "1700000002.000100"));
        try
        {
            foreach (var attempt in new[] { "first", "retry" })
            {
                await using var host = new SlackTestFactory(slack, new FakeCommandDispatcher());
                host.Settings["ChatBot:Storage:DatabasePath"] = Path.Combine(folder.FullName, "chatbot.db");
                var response = await host.PostSignedAsync("/slack/events", body, "application/json", r =>
                {
                    if (attempt == "retry")
                    {
                        r.Headers.Add("X-Slack-Retry-Num", "2");
                    }
                });
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                await host.Work.WhenIdleAsync();
            }

            Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000002.000100", StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
