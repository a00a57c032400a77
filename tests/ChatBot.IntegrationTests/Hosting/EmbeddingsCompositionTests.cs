using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using ChatBot.IntegrationTests.Study;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// The host as it ships (<c>ChatBot:Answers:Embeddings</c> on): the corpus is indexed with passage vectors of the
/// local encoder and questions are ranked with them; turned off, the same host ranks by words alone; a model file
/// that is not one stops start-up naming the key.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class EmbeddingsCompositionTests
{
    [Fact]
    public async Task WithEmbeddingsOn_TheCorpusCarriesVectors_AndQuestionsAreRankedWithThem()
    {
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Answers:Embeddings"] = "true";
        using var client = factory.CreateClient();

        var index = factory.Services.GetRequiredService<ICorpusIndexProvider>().Current;
        var engine = factory.Services.GetRequiredService<AnswerEngine>();
        var answer = await factory.Services.GetRequiredService<IAnswerService>().AskAsync("How many Japanese were abducted?", new AskOptions { UseCache = false });

        Assert.Equal("all-MiniLM-L6-v2", index.Vectors?.EncoderId);
        Assert.Equal(index.Passages.Count, index.Vectors!.Count);
        Assert.Contains(":dense:", engine.VariantFor(index), StringComparison.Ordinal);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("13 Japanese", answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void WithEmbeddingsOff_TheHostRanksByWordsAlone()
    {
        using var factory = new ChatBotFactory();
        using var client = factory.CreateClient();

        Assert.Null(factory.Services.GetRequiredService<ICorpusIndexProvider>().Current.Vectors);
        Assert.False(factory.Services.GetRequiredService<AnswerEngine>().IsDense);
    }

    [Fact]
    public async Task AModelsSettingNamingSomethingElse_StopsServeInOneLine_NamingTheKey_AndLeavesTheFileAlone()
    {
        var data = Directory.CreateTempSubdirectory("chatbot-models-invalid-");
        var notModels = Path.Combine(data.FullName, "notes.md");
        File.WriteAllText(notModels, "# not a model file");
        try
        {
            var (exit, error) = await InProcessServe.RunAsync(data, "--ChatBot:Answers:Embeddings=false", $"--ChatBot:Answers:Models={notModels}");

            Assert.Equal(1, exit);
            Assert.Equal("# not a model file", File.ReadAllText(notModels));
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("ChatBot:Answers:Models", StringComparison.Ordinal));
            Assert.Contains("not an evidence model file", line, StringComparison.Ordinal);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
