using ChatBot.Core.Indexing;
using ChatBot.Corpus;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Corpus;

/// <summary>
/// Files built to break or stall the parsers: each is rejected with its name and a reason naming the limit, and the
/// good article beside it still loads. (The parse times these limits hold are measured by the HostileCorpus
/// benchmarks and listed in the README.)
/// </summary>
public sealed class HostileFileTests
{
    private const string Good = "---\ntitle: Good\n---\n\nThe good article loads.\n";

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "quotes.md", "# Deep\n\n" + new string('>', 100_000) + " text\n", "nests 100,000 levels deep (block quotes or list items) at line 3" },
        { "lists.md", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n")), "nests 1,000 levels deep (block quotes or list items) at line 1,000" },
        { "inline-lists.md", "Title\n\n" + string.Concat(Enumerable.Repeat("- ", 5_000)) + "x\n", "nests 5,000 levels deep" },
        { "yaml.md", "---\ntitle: T\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n\nBody.\n", "nests 100,001 levels deep (front matter) at line 3" },
        { "yaml.txt", "---\nx:\n" + string.Concat(Enumerable.Range(1, 100).Select(i => new string(' ', i) + "y:\n")) + "---\nTitle\n\nBody.\n", "nests 101 levels deep (front matter) at line 102" },
        { "divs.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>x</p></body></html>", "nests more than 64 levels deep (HTML elements); the limit is 64" },
        { "spans.htm", "<html><body><p>" + string.Concat(Enumerable.Repeat("<span>", 5_000)) + "x</p></body></html>", "nests more than 64 levels deep (HTML elements)" },
        { "self-closing.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div/>", 5_000)) + "x</body></html>", "nests more than 64 levels deep (HTML elements)" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task AFileOverTheNestingLimit_IsRejectedWithTheReason_AndTheRestLoads(string name, string content, string reason)
    {
        using var corpus = new TempCorpus().With("good.md", Good).With(name, content);

        var result = await new FileCorpusSource().LoadAsync(corpus.Directory);

        Assert.Equal("good", Assert.Single(result.Articles).Id);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(name, rejected.Path);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("ChatBot:Corpus:MaxNestingDepth", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParserThatThrows_RejectsOnlyThatFile()
    {
        // With the depth check out of the way, Markdig itself throws ArgumentException on this line: the failure
        // that used to escape the per-file handling and abort start-up.
        using var corpus = new TempCorpus().With("good.md", Good).With("quotes.md", "# Deep\n\n" + new string('>', 100_000) + " text\n");
        var options = new CorpusOptions { MaxNestingDepth = int.MaxValue, MaxParseTime = TimeSpan.FromMinutes(5) };

        var result = await new FileCorpusSource(options, TimeProvider.System).LoadAsync(corpus.Directory);

        Assert.Equal("good", Assert.Single(result.Articles).Id);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("quotes.md", rejected.Path);
        Assert.StartsWith("could not be parsed (ArgumentException: ", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestingAtTheLimit_Loads_AndOneLevelMore_IsRejected()
    {
        var options = new CorpusOptions { MaxNestingDepth = 8 };
        using var corpus = new TempCorpus()
            .With("md-at.md", "Title\n\n" + string.Concat(Enumerable.Range(0, 8).Select(i => new string(' ', i * 2) + "- item\n")))
            .With("md-over.md", "Title\n\n" + string.Concat(Enumerable.Range(0, 9).Select(i => new string(' ', i * 2) + "- item\n")))
            .With("html-at.html", Nested(8))
            .With("html-over.html", Nested(9));

        var result = await new FileCorpusSource(options, TimeProvider.System).LoadAsync(corpus.Directory);

        Assert.Equal(["html-at", "md-at"], result.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["html-over.html", "md-over.md"], result.Rejected.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.Contains("nests 9 levels deep (block quotes or list items) at line 11", result.Rejected.Single(r => r.Path == "md-over.md").Reason, StringComparison.Ordinal);
        Assert.Contains("nests more than 8 levels deep (HTML elements)", result.Rejected.Single(r => r.Path == "html-over.html").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOverTheSizeLimit_IsRejectedUnread_AndOneAtTheLimitLoads()
    {
        var options = new CorpusOptions { MaxFileBytes = 1_000 };
        var atLimit = "Title\n\n" + new string('a', 993);
        using var corpus = new TempCorpus().With("at.txt", atLimit).With("over.txt", atLimit + "a");

        var result = await new FileCorpusSource(options, TimeProvider.System).LoadAsync(corpus.Directory);

        Assert.Equal("at", Assert.Single(result.Articles).Id);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("over.txt", rejected.Path);
        Assert.Equal("the file is 1,001 bytes; the limit is 1,000 (ChatBot:Corpus:MaxFileBytes)", rejected.Reason);
    }

    [Theory]
    [InlineData("slow.md", "Title\n\nOne [link](x) and *more* [links](y).\n\nAnother [paragraph](z).\n")]
    [InlineData("slow.html", "<html><body><article><p>One</p><p>Two</p><p>Three</p></article></body></html>")]
    public async Task AFileThatParsesPastTheTimeLimit_IsStoppedAndRejected(string name, string content)
    {
        // Every clock reading moves the fake clock a second on: the parser's budget checks see time pass as they go,
        // so the file runs out of its 5 seconds part-way through, deterministically.
        var time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        using var corpus = new TempCorpus().With(name, content);

        var result = await new FileCorpusSource(new CorpusOptions { MaxParseTime = TimeSpan.FromSeconds(5) }, time).LoadAsync(corpus.Directory);

        Assert.Empty(result.Articles);
        Assert.Equal($"{name}: took longer than 5 s to parse (ChatBot:Corpus:MaxParseTime)", Assert.Single(result.Rejected).ToString());
    }

    [Fact]
    public async Task AFileWithinTheTimeLimit_LoadsOnTheSameClock()
    {
        var time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        using var corpus = new TempCorpus().With("quick.txt", "Title\n\nPlain text needs no parser checks.");

        var result = await new FileCorpusSource(new CorpusOptions { MaxParseTime = TimeSpan.FromSeconds(5) }, time).LoadAsync(corpus.Directory);

        Assert.Equal("quick", Assert.Single(result.Articles).Id);
    }

    [Fact]
    public async Task TheLimits_ArePartOfTheFingerprint()
    {
        using var corpus = new TempCorpus().With("good.md", Good);

        var defaults = await new FileCorpusSource().ComputeFingerprintAsync(corpus.Directory);
        var stricter = await new FileCorpusSource(new CorpusOptions { MaxNestingDepth = 8 }, TimeProvider.System).ComputeFingerprintAsync(corpus.Directory);

        Assert.NotEqual(defaults, stricter);
    }

    private static string Nested(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth - 1)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", depth - 1)) + "</body></html>";
}
