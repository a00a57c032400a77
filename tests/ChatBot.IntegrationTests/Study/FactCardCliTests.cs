using ChatBot.Evaluation;
using ChatBot.Host.Cli;

namespace ChatBot.IntegrationTests.Study;

/// <summary>`chatbot factcards import/export` in process, on a database nobody else holds, with standard output and error captured.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FactCardCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-cli-").FullName;

    private string Database => Path.Combine(directory, "cards.db");

    [Fact]
    public async Task Import_IsAllOrNothing_ABadCardIsReportedBySlugAndReason_AndAGoodFileRoundTripsThroughExport()
    {
        var yaml = Path.Combine(directory, "cards.yaml");
        var good = $"""
            cards:
              - slug: {StudyCards.Slug}
                title: The 2002 Pyongyang summit
                summary: Koizumi met Kim Jong Il in Pyongyang.
                status: verified
                tags: [summit]
                facts:
                  - text: The summit was held in Pyongyang on 17 September 2002.
                    article: {StudyCards.Article}
                    quote: {StudyCards.SummitQuote}

            """;
        await File.WriteAllTextAsync(yaml, good + $"""
              - slug: invented
                title: Invented
                summary: Not in the articles.
                status: verified
                facts:
                  - article: {StudyCards.Article}
                    quote: North Korea returned all abductees in 1990 to great acclaim.
            """);

        var refused = await RunAsync("factcards", "import", yaml, "--by", "alice");
        var empty = Path.Combine(directory, "empty.json");
        var nothing = await RunAsync("factcards", "export", empty);
        await File.WriteAllTextAsync(yaml, good);
        var import = await RunAsync("factcards", "import", yaml, "--by", "alice");
        var json = Path.Combine(directory, "out.json");
        var export = await RunAsync("factcards", "export", json);
        var reimport = await RunAsync("factcards", "import", json);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("rejected invented: fact 1: the quote is not in article", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing imported: 1 of 2 cards were rejected, and an import is all or nothing", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("imported", refused.Out, StringComparison.Ordinal);
        Assert.Contains("exported 0 fact cards", nothing.Out, StringComparison.Ordinal);
        Assert.Equal(0, import.Exit);
        Assert.Contains($"imported {StudyCards.Slug} (version 1)", import.Out, StringComparison.Ordinal);
        Assert.StartsWith($"fact cards: {Database} (opened directly)", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, export.Exit);
        Assert.Contains(StudyCards.SummitQuote, await File.ReadAllTextAsync(json), StringComparison.Ordinal);
        Assert.Equal((0, true), (reimport.Exit, reimport.Out.Contains($"unchanged {StudyCards.Slug}", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("cards.txt", "use a .yaml, .yml or .json file name")]
    [InlineData("missing.yaml", "file not found")]
    public async Task Import_OfAFileItCannotRead_IsAUsageError(string name, string message)
    {
        var result = await RunAsync("factcards", "import", Path.Combine(directory, name));

        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await ChatBotCommandLine.RunAsync([.. args, .. args[1] == "export" ? new[] { "--db", Database } : ["--db", Database, "--corpus", EvaluationSet.CorpusDirectory]]);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
