using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Generation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>The real host: nothing LLM-related without <c>ChatBot:Llm</c>; a kernel and the grounded ask path with it.</summary>
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
        Assert.False(services.GetRequiredService<ICommandDispatcher>().ExpectsSlowReply(Ask));
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

        Assert.IsType<GroundedAnswerService>(factory.Services.GetRequiredService<IAnswerService>());
        Assert.True(dispatcher.ExpectsSlowReply(Ask));
        Assert.False(dispatcher.ExpectsSlowReply(Ask with { Command = "timeline" }));
        Assert.Equal($"{LlmHarness.Faithful}. [1]", reply.Body);
        Assert.EndsWith(AnswerReplies.GeneratedNote, reply.Footer, StringComparison.Ordinal);
        Assert.StartsWith("North Korea admitted to the abduction of 13 Japanese nationals", Assert.Single(reply.Sources).Quote, StringComparison.Ordinal);
        Assert.Single(server.ChatRequests);
        var kernel = factory.Services.GetRequiredService<Kernel>();
        Assert.Equal(["corpus", "factcards", "timeline"], kernel.Plugins.Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Host_RefusesToStart_WhenLlmConfigurationIsInvalid()
    {
        await using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Llm:ModelId"] = "test-model";
        factory.Settings["ChatBot:Llm:Endpoint"] = "localhost:11434";
        factory.Settings["ChatBot:Llm:Embeddings:Enabled"] = "true";

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains("ChatBot:Llm:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("ChatBot:Llm:Embeddings:ModelId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_RequiresAnApiKey_ForOpenAI_ButNotForALocalServer()
    {
        await using var openAI = new ChatBotFactory();
        openAI.Settings["ChatBot:Llm:ModelId"] = "gpt-4o-mini";
        await using var local = new ChatBotFactory();
        local.Settings["ChatBot:Llm:ModelId"] = "llama3.1:8b";
        local.Settings["ChatBot:Llm:Endpoint"] = "http://localhost:11434/v1";

        var error = Assert.Throws<OptionsValidationException>(() => openAI.Services);

        Assert.Contains("ChatBot:Llm:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.IsType<GroundedAnswerService>(local.Services.GetRequiredService<IAnswerService>());
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
