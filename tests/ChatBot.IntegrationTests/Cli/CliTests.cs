using System.Text.Json;

namespace ChatBot.IntegrationTests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task Search_PrintsTheDocumentedJson_WithTheSummitAndAdmissionPassagesOnTop()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = await cli.RunAsync("search", "When did North Korea admit the abductions?", "--json", "--top", "3", "--corpus", CliRunner.Corpus);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["query", "hits", "elapsedMs"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.Equal(["rank", "articleId", "passageId", "score", "text"], hits[0].EnumerateObject().Select(p => p.Name));
        // The two passages that answer it, in either order: the summit's date and Kim Jong Il's admission at it.
        var top = hits.Take(2).Select(h => h.GetProperty("text").GetString()!).ToList();
        Assert.Contains(top, text => text.Contains("September 17, 2002", StringComparison.Ordinal));
        Assert.Contains(top, text => text.Contains("admit North Korean involvement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_PrintsTheDocumentedJson_WithVerbatimQuotes()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = await cli.RunAsync("ask", "How many Japanese nationals did North Korea admit to abducting?", "--json", "--corpus", CliRunner.Corpus);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["question", "status", "answer", "citations", "timeline", "cached", "elapsedMs"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("answered", root.GetProperty("status").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["n", "articleId", "title", "author", "publisher", "published", "url", "passageId", "quote"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Contains("13 Japanese nationals", citation.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task AskBatch_AnswersEveryLineInOrder_AndTheSecondRunIsCached()
    {
        using var cli = new CliRunner();
        var batch = Path.Combine(cli.WorkingDirectory, "questions.txt");
        File.WriteAllLines(batch, ["Who is Choi Sung-Yong?", "", "What is the capital of France?"]);

        var (exit, output, _) = await cli.RunAsync("ask", "--batch", batch, "--corpus", CliRunner.Corpus);
        var second = await cli.RunAsync("ask", "--batch", batch, "--corpus", CliRunner.Corpus);

        Assert.Equal(0, exit);
        var statuses = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("status").GetString()).ToList();
        Assert.Equal(["answered", "invalid", "not_found"], statuses);
        var cached = second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("cached").GetBoolean()).ToList();
        Assert.Equal([true, false, true], cached);
    }

    [Theory]
    [InlineData(2, "search")]
    [InlineData(2, "search", "x", "--top", "0")]
    [InlineData(2, "ask", "a question", "--batch", "also-a-file.txt")]
    [InlineData(2, "no-such-verb")]
    [InlineData(2, "timeline", "--from", "2010", "--to", "2000")]
    [InlineData(1, "search", "anything", "--corpus", "/no/such/folder")]
    public async Task BadUsage_ExitsWith2_OtherErrorsWith1_AlwaysOneLine(int expected, params string[] args)
    {
        using var cli = new CliRunner();
        var (exit, _, error) = await cli.RunAsync(args);

        Assert.Equal(expected, exit);
        Assert.StartsWith("error: ", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Ask_StillAnswers_WhenTheDatabaseIsDamaged_AndSaysSoInOneLine()
    {
        using var cli = new CliRunner();
        using var template = new ChatBot.UnitTests.Storage.TemplateDatabase();
        var database = Path.Combine(cli.WorkingDirectory, "chatbot.db");
        template.CopyTo(database);
        ChatBot.UnitTests.Storage.DatabaseDamage.Apply(database, ChatBot.UnitTests.Storage.DatabaseDamage.ZeroedTail);
        var damaged = ChatBot.UnitTests.Storage.DatabaseDamage.Hash(database);

        var (exit, output, withNotice) = await cli.RunAsync("ask", "Who is Choi Sung-Yong?", "--db", database, "--corpus", CliRunner.Corpus);
        var error = CliRunner.WithoutIndexNotice(withNotice);

        Assert.Equal(0, exit);
        Assert.Contains("head of a group", output);
        Assert.StartsWith($"warning: database {database} is damaged: reading it failed", error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(damaged, ChatBot.UnitTests.Storage.DatabaseDamage.Hash(database));
    }

    [Fact]
    public async Task IndexAndTimeline_ReportCountsAndDatedEvents()
    {
        using var cli = new CliRunner();
        var index = await cli.RunAsync("index", "--corpus", CliRunner.Corpus);
        var timeline = await cli.RunAsync("timeline", "--from", "2002", "--to", "2002", "--json", "--corpus", CliRunner.Corpus);

        Assert.Equal(0, index.ExitCode);
        Assert.Matches(@"Indexed 2 articles, \d+ passages, \d+ dated events", index.Output);
        using var json = JsonDocument.Parse(timeline.Output);
        var dates = json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Contains("2002-09-17", dates);
        Assert.All(dates, d => Assert.Contains("2002", d));
    }

    [Fact]
    public async Task Ask_AQuestionStartingWithAMention_IsAQuestion_WithTheMentionsTakenOut()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = await cli.RunAsync("ask", "@everyone who returned to Japan in 2002? <@123> <@&456>", "--json", "--corpus", CliRunner.Corpus);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("who returned to Japan in 2002?", json.RootElement.GetProperty("question").GetString());
        Assert.Equal("answered", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AskBatch_FromStandardInput_WritesReadableUtf8Json_AndOneSpellingOfStatus()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = await cli.RunWithInputAsync("拉致問題とは？\nWhen did the five abductees return to Japan?\n", "ask", "--batch", "-", "--corpus", CliRunner.Corpus);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"question\":\"拉致問題とは？\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"not_found\"", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);

        var (_, text, _) = await cli.RunAsync("ask", "What is the capital of France?", "--corpus", CliRunner.Corpus);
        Assert.Contains("(not_found, ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown command 'frob'", "frob")]
    [InlineData("the query is empty", "search", "  ")]
    [InlineData("empty", "ask", "")]
    public async Task UsageMistakes_AreOneLine_AndExitCode2(string message, params string[] args)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = await cli.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, output + error, StringComparison.Ordinal);
        Assert.Single((output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(message, StringComparison.Ordinal));
    }
}
