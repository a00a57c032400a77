using ChatBot.Core;
using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Embeddings;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the local sentence encoder unless <c>ChatBot:Answers:Embeddings</c> is false. The model loads on first
    /// use; without the encoder the engine ranks with its lexical models alone.
    /// </summary>
    public static IServiceCollection AddSentenceEncoder(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AnswersOptions.Section).Get<AnswersOptions>() ?? new AnswersOptions();
        if (options.Embeddings)
        {
            services.AddPlugIn<ISentenceEncoder, MiniLmSentenceEncoder>();
        }

        return services;
    }
}
