using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Generation;
using ChatBot.Evaluation;
using ChatBot.IntegrationTests.Hosting;
using ChatBot.Host.Composition;
using ChatBot.SemanticKernel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>The real host: nothing LLM-related without <c>ChatBot:Llm</c>; a kernel and the grounded ask path with it.</summary>
[Collection(Study.ConsoleCollection.Name)]
public sealed class LlmCompositionTests
{
    private static readonly CommandRequest Ask = new(ChatPlatform.Discord, new ChatUser("u1"), "c1", "ask", new Dictionary<string, string> { ["question"] = LlmHarness.Question });

    [Fact]
    public async Task Host_RegistersNothingLlmRelated_WithoutLlmConfiguration()
    {
        await using var factory = new ChatBotFactory();

        var services = factory.Services;

        Assert.IsType<AnswerService>(services.GetRequiredService<IAnswerService>());
        Assert.Null(services.GetService<Kernel>());
        Assert.Null(services.GetService<IChatCompletionService>());
        Assert.Null(services.GetService<IAnswerGenerator>());
        Assert.Null(services.GetService<ISlowReplyPolicy>());
        Assert.Null(services.GetService<PassageEmbeddings>());
        Assert.False(services.GetRequiredService<ReplyRunner>().ExpectsSlowReply(Ask));
        var reply = await services.GetRequiredService<ICommandDispatcher>().DispatchAsync(Ask);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.DoesNotContain(AnswerReplies.GeneratedNote, reply.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_ComposesTheKernel_AndAnswersAskThroughTheModel_WhenLlmIsConfigured()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Chat = (request, _) => FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}].");
        await using var factory = LlmFactory(server);

        var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();
        var reply = await dispatcher.DispatchAsync(Ask);

        Assert.IsType<AnswerService>(factory.Services.GetRequiredService<IAnswerService>());
        Assert.IsType<GroundedWording>(factory.Services.GetRequiredService<IAnswerWording>());
        var runner = factory.Services.GetRequiredService<ReplyRunner>();
        Assert.True(runner.ExpectsSlowReply(Ask));
        Assert.False(runner.ExpectsSlowReply(Ask with { Command = "timeline" }));
        Assert.Equal($"{LlmHarness.Faithful}. [1]", reply.Body);
        Assert.EndsWith(AnswerReplies.GeneratedNote, reply.Footer, StringComparison.Ordinal);
        Assert.StartsWith("North Korea admitted to the abduction of 13 Japanese nationals", Assert.Single(reply.Sources).Quote, StringComparison.Ordinal);
        Assert.Single(server.ChatRequests);
        Assert.Empty(factory.Services.GetRequiredService<Kernel>().Plugins);
    }

    [Fact]
    public async Task Serve_ExitsWithOneLineNamingTheKeys_WhenLlmConfigurationIsInvalid()
    {
        var data = Directory.CreateTempSubdirectory("chatbot-llm-invalid-");
        try
        {
            var (exit, error) = await InProcessServe.RunAsync(data, "--ChatBot:Llm:ModelId=test-model", "--ChatBot:Llm:Endpoint=localhost:11434", "--ChatBot:Llm:Embeddings:Enabled=true");

            Assert.Equal(1, exit);
            Assert.Contains("ChatBot:Llm:Endpoint", error, StringComparison.Ordinal);
            Assert.Contains("ChatBot:Llm:Embeddings:ModelId", error, StringComparison.Ordinal);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://my-resource.openai.azure.com/openai/v1/", true)]
    [InlineData("http://localhost:11434/v1", false)]
    [InlineData("http://gpu-box.lan:8000/v1", false)]
    public void Options_RequireAnApiKey_ForOpenAIAndAzure_ButNotForOtherServers(string? endpoint, bool required)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ChatBot:Llm:ModelId"] = "m", ["ChatBot:Llm:Endpoint"] = endpoint }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSemanticKernelLlm(configuration).BuildServiceProvider();

        var failure = Record.Exception(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Equal(required, failure is OptionsValidationException e && e.Message.Contains("ChatBot:Llm:ApiKey", StringComparison.Ordinal));
        Assert.Equal(required, failure is not null);
    }

    internal static ChatBotFactory LlmFactory(FakeOpenAIServer server, params (string Key, string Value)[] settings)
    {
        var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Llm:ModelId"] = "test-model";
        factory.Settings["ChatBot:Llm:Endpoint"] = server.BaseUrl.ToString();
        factory.Settings["ChatBot:Llm:ApiKey"] = "test-key";
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        return factory;
    }
}
