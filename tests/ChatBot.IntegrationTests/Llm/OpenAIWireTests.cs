using System.Net;
using ChatBot.Core.Answers;
using ChatBot.Core.Generation;
using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>The generated answer path end to end over the OpenAI wire format, against scripted completions.</summary>
public sealed class OpenAIWireTests
{
    private const string Unsupported = "The families later received 10 million yen in compensation";

    [Fact]
    public async Task Ask_KeepsAFaithfulCompletion_WithVerbatimCitations()
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (request, _) => FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}].");

        var answer = await harness.Answers.AskAsync(LlmHarness.Question);

        Assert.Equal("test-model", answer.GeneratedBy);
        Assert.Equal($"{LlmHarness.Faithful}. [1]", answer.Answer);
        Assert.Empty(AnswerEvaluator.UnquotedCitations(answer, TestCorpus.Index));
        Assert.Equal(0, AnswerEvaluator.UncitedSentences(answer));
    }

    [Fact]
    public async Task Ask_SendsTheRulesAsSystemMessage_TheDataAsUserJson_AndNoTools()
    {
        await using var harness = await LlmHarness.StartAsync(("ChatBot:Llm:Temperature", "0.2"));

        await harness.Answers.AskAsync(LlmHarness.Question);

        var (request, _, authorization) = Assert.Single(harness.Server.ChatRequests);
        Assert.Equal("test-model", request.Model);
        Assert.Equal("Bearer test-key", authorization);
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Equal(GroundedPrompt.SystemMessage, request.Messages[0].Content);
        Assert.Equal(LlmHarness.Question, request.UserJson.GetProperty("question").GetString());
        Assert.NotEqual(0, request.NumberOf("13 Japanese nationals"));
        Assert.False(request.Body.TryGetProperty("tools", out _));
        Assert.False(request.Body.TryGetProperty("functions", out _));
        Assert.Equal(0.2, request.Body.GetProperty("temperature").GetDouble(), 3);
    }

    [Fact]
    public async Task Ask_DropsAnUnsupportedClaim_AndKeepsTheSupportedOne()
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (request, _) => FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}]. {Unsupported} [{request.NumberOf("13 Japanese nationals")}].");

        var answer = await harness.Answers.AskAsync(LlmHarness.Question);

        Assert.Equal($"{LlmHarness.Faithful}. [1]", answer.Answer);
    }

    [Fact]
    public async Task Ask_DropsASentenceWithAFabricatedCitationNumber()
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (request, _) => FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}]. On October 15, 2002, North Korea allowed the five abductees to return home to Japan [{request.Passages.Count + 3}].");

        var answer = await harness.Answers.AskAsync(LlmHarness.Question);

        Assert.Equal($"{LlmHarness.Faithful}. [1]", answer.Answer);
        Assert.Single(answer.Citations);
    }

    [Theory]
    [InlineData(Unsupported + " [1].")]
    [InlineData(GroundedPrompt.NotInSources)]
    public async Task Ask_SendsTheExtractiveAnswer_WhenNothingGeneratedIsUsable(string completion)
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (_, _) => FakeReply.Text(completion);

        var answer = await harness.Answers.AskAsync(LlmHarness.Question);

        Assert.Null(answer.GeneratedBy);
        Assert.Equal(harness.Extractive().Answer, answer.Answer);
    }

    [Fact]
    public async Task Ask_SendsTheExtractiveAnswer_WhenTheModelIsTooSlow()
    {
        await using var harness = await LlmHarness.StartAsync(("ChatBot:Llm:TimeoutSeconds", "2"));
        await harness.Answers.AskAsync(LlmHarness.Question);
        harness.Server.Chat = (_, _) => FakeReply.Never;
        var hanging = harness.Server.NextChatAsync();

        var asking = harness.Answers.AskAsync(LlmHarness.Question, new AskOptions(UseCache: false));
        await hanging;
        harness.Time.Fake.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        var beforeTheLimit = asking.IsCompleted;
        harness.Time.Fake.Advance(TimeSpan.FromTicks(1));
        var answer = await asking.WaitAsync(ObservedTimeProvider.Patience);

        Assert.False(beforeTheLimit);
        Assert.Null(answer.GeneratedBy);
        Assert.Equal(harness.Extractive().Answer, answer.Answer);
        Assert.Equal(2, harness.Server.ChatRequests.Count);
    }

    [Fact]
    public async Task Ask_RetriesServerErrors_ThenSendsTheExtractiveAnswer()
    {
        await using var harness = await LlmHarness.StartAsync(("ChatBot:Llm:MaxRetries", "2"));
        harness.Server.Chat = (_, _) => FakeReply.Error(HttpStatusCode.InternalServerError);
        static bool Backoff(TimeSpan due) => due > TimeSpan.Zero && due < TimeSpan.FromSeconds(10);
        var backoff = harness.Time.NextTimerAsync(Backoff);

        var asking = harness.Answers.AskAsync(LlmHarness.Question);
        for (var retry = 1; retry <= 2; retry++)
        {
            var due = await backoff;
            if (retry < 2)
            {
                backoff = harness.Time.NextTimerAsync(Backoff);
            }

            harness.Time.Fake.Advance(due);
        }

        var answer = await asking.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Null(answer.GeneratedBy);
        Assert.Equal(harness.Extractive().Answer, answer.Answer);
        Assert.Equal(3, harness.Server.ChatRequests.Count);
    }

    [Fact]
    public async Task Ask_WaitsWhatRetryAfterAsks_OnA429_ThenUsesTheAnswer()
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (request, n) => n == 0
            ? FakeReply.Error(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1))
            : FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}].");

        var retryDelay = harness.Time.NextTimerAsync(d => d == TimeSpan.FromSeconds(1));

        var asking = harness.Answers.AskAsync(LlmHarness.Question);
        await retryDelay;
        harness.Time.Fake.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        var requestsBeforeTheWait = harness.Server.ChatRequests.Count;
        harness.Time.Fake.Advance(TimeSpan.FromTicks(1));
        var answer = await asking.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal("test-model", answer.GeneratedBy);
        Assert.Equal(1, requestsBeforeTheWait);
        var times = harness.Server.ChatRequests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.Equal(TimeSpan.FromSeconds(1), times[1] - times[0]);
    }

    [Fact]
    public async Task Ask_DoesNotWait_WhenRetryAfterIsLongerThanTheTimeLimit()
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (_, _) => FakeReply.Error(HttpStatusCode.TooManyRequests, TimeSpan.FromHours(1));

        var started = harness.Time.GetUtcNow();

        // The clock never moves: had the client waited for Retry-After, the answer would never come.
        var answer = await harness.Answers.AskAsync(LlmHarness.Question).WaitAsync(ObservedTimeProvider.Patience);

        Assert.Null(answer.GeneratedBy);
        Assert.Single(harness.Server.ChatRequests);
        Assert.Equal(started, harness.Time.GetUtcNow());
    }

    [Fact]
    public async Task Ask_SendsTheExtractiveAnswer_AfterExhausting429Retries()
    {
        await using var harness = await LlmHarness.StartAsync(("ChatBot:Llm:MaxRetries", "1"));
        harness.Server.Chat = (_, _) => FakeReply.Error(HttpStatusCode.TooManyRequests, TimeSpan.Zero);

        var answer = await harness.Answers.AskAsync(LlmHarness.Question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Null(answer.GeneratedBy);
        Assert.Equal(2, harness.Server.ChatRequests.Count);
    }

    [Fact]
    public async Task Ask_CachesTheGeneratedAnswerInLiteDb_AndItSurvivesTheRoundTrip()
    {
        await using var harness = await LlmHarness.StartAsync();
        harness.Server.Chat = (request, _) => FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}].");

        var first = await harness.Answers.AskAsync(LlmHarness.Question);
        var second = await harness.Answers.AskAsync(LlmHarness.Question);
        var stored = Storage.LiteDb.StoredJson.Read<AnswerResult>(Storage.LiteDb.StoredJson.Write(first))!;

        Assert.True(second.Cached);
        Assert.Equal("test-model", second.GeneratedBy);
        Assert.Single(harness.Server.ChatRequests);
        Assert.Equal("test-model", stored.GeneratedBy);
        Assert.Equal(first.Answer, stored.Answer);
    }
}
