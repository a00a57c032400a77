namespace ChatBot.IntegrationTests.Cli;

/// <summary>The terminal answer lists each cited article once, with its quotes under their numbers.</summary>
public sealed class AskTextTests
{
    private const string Article = "Japan’s Abduction Issue: Why Japan-North Korea Relations Remain at a Standstill";

    [Fact]
    public async Task Ask_ListsEachArticleOnce_WithEveryQuoteUnderItsNumber()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = await cli.RunAsync("ask", "What happened in 2002?", "--no-cache", "--corpus", CliRunner.Corpus);

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var heading = Assert.Single(lines, l => l.Contains(Article, StringComparison.Ordinal));
        var numbers = heading[..heading.IndexOf(Article, StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(numbers.Length >= 2, heading);
        var at = lines.IndexOf(heading);
        Assert.Equal(numbers.Select(n => $"    {n} \""), lines.Skip(at + 1).Take(numbers.Length).Select(l => l[..(l.IndexOf('"', StringComparison.Ordinal) + 1)]));
    }
}
