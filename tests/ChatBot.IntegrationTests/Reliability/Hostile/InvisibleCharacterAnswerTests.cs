using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Host.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>An answer from an article full of bidi and zero-width characters carries none of them, and quotes the stored text verbatim.</summary>
public sealed class InvisibleCharacterAnswerTests : IDisposable
{
    private const string Article = "---\ntitle: \"The Hamarikawa\u202E\u200D ferry\"\nauthor: \"A.\u2066 Writer\u2069\"\n---\n\n"
        + "The Hamarikawa ferry sai\u202Eled to Niigata in 1978 with forty\u2060 passengers ab\u200Coard.\n\nThe crew kept a log of every cros\u2066sing.\n";

    private readonly string corpus = Directory.CreateTempSubdirectory("chatbot-invisible-").FullName;

    [Fact]
    public async Task TheAnswer_AndEveryQuote_AreClean_AndVerbatimFromTheStoredText()
    {
        await File.WriteAllTextAsync(Path.Combine(corpus, "ferry.md"), Article);
        using var services = CliServices.Build(CliOverrides.From(corpus, Path.Combine(corpus, "unused.db")));
        await CliServices.LoadIndexAsync(services, CancellationToken.None);
        var article = Assert.Single(services.GetRequiredService<ICorpusIndexProvider>().Current.Articles);

        var answer = await services.GetRequiredService<IAnswerService>().AskAsync("What happened on the Hamarikawa ferry in 1978?", new AskOptions(UseCache: false));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain(answer.Answer, c => InvisibleCharacters.IsInvisible(c));
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, citation =>
        {
            Assert.DoesNotContain(citation.Quote + citation.Title + citation.Author, c => InvisibleCharacters.IsInvisible(c));
            Assert.Contains(citation.Quote, article.Text, StringComparison.Ordinal);
        });
    }

    public void Dispose() => Directory.Delete(corpus, recursive: true);
}
