using ChatBot.Core.Corpus;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Corpus;

public static class DependencyInjection
{
    /// <summary>Registers the file-system corpus reader (Markdown, text, HTML).</summary>
    public static IServiceCollection AddFileCorpus(this IServiceCollection services) =>
        services.AddSingleton<ICorpusSource, FileCorpusSource>();
}
