using System.Text.Json;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>
/// The first run on a fresh checkout builds the index and says so in one line on standard error; a run that reuses
/// the snapshot says nothing. Standard output stays the verb's own (here: one JSON document).
/// </summary>
public sealed class IndexBuildNoticeTests
{
    private const string Notice = "Building the index for 2 articles (first run; cached afterwards)…";

    [Theory]
    [InlineData("ask", "When did North Korea admit the abductions?")]
    [InlineData("search", "When did North Korea admit the abductions?")]
    public async Task FirstRun_SaysItIsBuildingTheIndex_OnStandardErrorOnly_AndTheSecondRunSaysNothing(string verb, string text)
    {
        using var cli = new CliRunner();

        var first = await cli.RunAsync(verb, text, "--json", "--corpus", CliRunner.Corpus);
        var second = await cli.RunAsync(verb, text, "--json", "--corpus", CliRunner.Corpus);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(Notice, first.Error.Trim());
        Assert.True(Directory.EnumerateFiles(Path.Combine(cli.WorkingDirectory, "data", "index")).Any(), "the first run left a snapshot");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Error);
        foreach (var output in new[] { first.Output, second.Output })
        {
            Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var json = JsonDocument.Parse(output);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }
}
