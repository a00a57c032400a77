using ChatBot.Core;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Corpus;

public static class DependencyInjection
{
    /// <summary>Registers the file-system corpus reader (Markdown, text, HTML) with the limits of <c>ChatBot:Corpus</c>.</summary>
    public static IServiceCollection AddFileCorpus(this IServiceCollection services) =>
        services.AddPlugIn<ICorpusSource>(sp => new FileCorpusSource(
            sp.GetRequiredService<IOptions<CorpusOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
}
