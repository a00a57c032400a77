using System.Net;

using ChatBot.Discord.Rest;
using ChatBot.Discord.Wire;
using ChatBot.IntegrationTests.Discord.Support;


namespace ChatBot.IntegrationTests.Discord.Rest;

public sealed class DiscordRestClientTests : RestClientTest
{
    private static readonly MessagePayload Message = new() { Content = "Five abductees returned [1].", AllowedMentions = AllowedMentions.None };
    [Fact]
    public async Task RateLimited_WaitsTheRetryAfterDiscordGives_ThenSendsOnce()
    {
        Api.FailNext("PATCH", "@original", 429, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", new() { ["Retry-After"] = "2", ["X-RateLimit-Scope"] = "user" });

        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message);

        Assert.Equal([429, 200], Api.Requests.Select(r => r.Status));
        Assert.Contains(TimeSpan.FromSeconds(1.5), Time.RequestedDelays);
    }

    [Fact]
    public async Task GlobalRateLimit_PausesEveryRoute()
    {
        Api.FailNext("PATCH", "@original", 429, """{"message":"global","retry_after":3,"global":true}""", new() { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" });
        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message);
        Time.RequestedDelays.Clear();

        await Client.CreateMessageAsync("400000000000000001", Message with { Nonce = "1", EnforceNonce = true });

        // The pause is what is left of the 3 s on the real clock, so it shrinks by however long the first call took on
        // a busy machine; any wait at all before a request on another route is the global pause (that call succeeds).
        Assert.Contains(Time.RequestedDelays, d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task ExhaustedBucket_WaitsForItsReset_BeforeTheNextRequest()
    {
        Api.FailNext("PATCH", "@original", 200, "{}", new() { ["X-RateLimit-Bucket"] = "abcd", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "2.5" });
        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message);
        Assert.Empty(Time.RequestedDelays);

        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message);

        Assert.Contains(Time.RequestedDelays, d => d > TimeSpan.FromSeconds(2) && d <= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task FollowUp_IsNotRepeatedAfterA500_SoNoAnswerIsPostedTwice()
    {
        Api.FailNext("POST", "/webhooks/", 500);

        var failure = await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateFollowUpAsync(Payloads.ApplicationId, "token-1", Message));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.Status);
        Assert.Single(Api.Requests);
        Assert.DoesNotContain("token-1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMessageWithAnEnforcedNonce_IsRetriedAfterA500()
    {
        Api.FailNext("POST", "/channels/", 502);

        await Client.CreateMessageAsync("400000000000000001", Message with { Nonce = "500000000000000001", EnforceNonce = true });

        Assert.Equal([502, 200], Api.Requests.Select(r => r.Status));
        Assert.All(Api.Requests, r => Assert.Equal($"Bot {DiscordTestHost.BotToken}", r.Headers["Authorization"]));
        Assert.Contains("\"enforce_nonce\":true", Api.Requests.First().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitLongerThanAMinute_IsNotWaitedFor()
    {
        Api.FailNext("PATCH", "@original", 429, """{"retry_after":3600,"global":false}""", new() { ["Retry-After"] = "3600" });

        var failure = await Assert.ThrowsAsync<DiscordRestException>(() => Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", Message));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.Status);
        Assert.Single(Api.Requests);
    }

    [Fact]
    public async Task Logs_NeverContainTokens()
    {
        Api.FailNext("PATCH", "@original", 429, """{"retry_after":0.1,"global":false}""");
        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "interaction-secret", Message);

        Assert.Contains("PATCH /webhooks/{app}/{token}/messages/@original", Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("interaction-secret", Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.BotToken, Logs.AllText, StringComparison.Ordinal);
    }
}
