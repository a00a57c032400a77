using System.Text.Json;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Study;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>`chatbot index` and `ask` over a corpus with hostile files: index names each rejected file and fails CI; ask still answers.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class HostileFileCliTests : IDisposable
{
    private readonly HostileFilesCorpus corpus = new();
    [Fact]
    public async Task Index_ExitsOne_NamingEveryRejectedFile_AndAskStillAnswers()
    {
        var (exit, output, error) = await InProcessCli.RunAsync("index", "--corpus", corpus.Directory);
        var ask = await InProcessCli.RunAsync("ask", "How many Japanese nationals did North Korea admit to abducting?", "--json", "--no-cache", "--corpus", corpus.Directory);

        Assert.Equal(1, exit);
        foreach (var path in HostileFilesCorpus.HostilePaths)
        {
            Assert.Contains($"rejected {path}: ", output, StringComparison.Ordinal);
            Assert.Contains(path, error, StringComparison.Ordinal);
        }

        Assert.StartsWith("error: 4 files were rejected: ", error, StringComparison.Ordinal);
        Assert.Equal(0, ask.Exit);
        Assert.Equal("answered", JsonDocument.Parse(ask.Out).RootElement.GetProperty("status").GetString());
    }

    public void Dispose() => corpus.Dispose();
}
