using ChatBot.Core;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Generation;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ChatBot.SemanticKernel;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the optional LLM layer (section <c>ChatBot:Llm</c>) when a ModelId is configured, and nothing at
    /// all otherwise: a kernel over an OpenAI-compatible endpoint with the corpus search, timeline and (read-only)
    /// fact card plugins; the grounded answer service in place of the extractive one, which it falls back to; the
    /// slow-reply policy for /ask; and, with <c>Embeddings:Enabled</c>, passage vectors computed in the background
    /// for hybrid retrieval. Replaces Core's services with <see cref="PlugIns"/>, so it may be called before or after
    /// the core and storage registrations.
    /// </summary>
    public static IServiceCollection AddSemanticKernelLlm(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        if (string.IsNullOrWhiteSpace(configured.ModelId))
        {
            return services;
        }

        services.AddValidatedOptions<LlmOptions, LlmOptionsValidator>().BindConfiguration(LlmOptions.Section);
        services.AddLlmHttpClient();
        services.AddSingleton(sp => OpenAIClients.Create(Options(sp), sp.GetRequiredService<IHttpClientFactory>().CreateClient(LlmHttp.ClientName)));
        services.AddSingleton<IChatCompletionService>(sp => new OpenAIChatCompletionService(Options(sp).ModelId, sp.GetRequiredService<OpenAIClient>(), sp.GetService<ILoggerFactory>()));
        services.AddKernel();

        services.AddPlugIn<IAnswerGenerator, SemanticKernelAnswerGenerator>();
        services.AddPlugIn<IGenerationTelemetry, LoggingGenerationTelemetry>();
        services.AddPlugIn<ISlowReplyPolicy, LlmSlowReplyPolicy>();
        if (configured.Embeddings.Enabled)
        {
            services.AddEmbeddings();
        }

        services.AddPlugIn<IAnswerWording>(sp => new GroundedWording(
            sp.GetRequiredService<AnswerEngine>(),
            sp.GetRequiredService<IAnswerGenerator>(),
            sp.GetRequiredService<TextAnalyzer>(),
            sp.GetRequiredService<TimeProvider>(),
            new GroundedAnswerOptions { Timeout = TimeSpan.FromSeconds(Options(sp).TimeoutSeconds), MaxPassages = Options(sp).MaxPassages },
            sp.GetRequiredService<IGenerationTelemetry>(),
            sp.GetService<PassageEmbeddings>()));
        return services;
    }

    private static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<OpenAIClient>().GetEmbeddingClient(Options(sp).Embeddings.ModelId).AsIEmbeddingGenerator());
        services.AddPlugIn<ITextEmbedder, SemanticKernelTextEmbedder>();
        services.AddSingleton<PassageEmbeddings>();
        services.AddHostedService<PassageEmbeddingWorker>();
        return services;
    }

    private static LlmOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<LlmOptions>>().Value;
}
