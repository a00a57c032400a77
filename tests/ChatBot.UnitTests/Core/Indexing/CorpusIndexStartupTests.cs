using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Corpus;
using ChatBot.Evaluation;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Indexing;

/// <summary>The first index is loaded by an awaited start-up step, once, never while services are resolved.</summary>
public sealed class CorpusIndexStartupTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("chatbot-startup-");

    [Fact]
    public void Holder_WithoutAnIndex_RefusesToBeRead_InsteadOfAnsweringFromNothing()
    {
        var holder = new CorpusIndexHolder();

        Assert.False(holder.IsLoaded);
        var error = Assert.Throws<InvalidOperationException>(() => holder.Current);
        Assert.Contains(nameof(CorpusIndexStartup), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FillsTheHolder_Once_WithoutRaisingSwapped()
    {
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "ferry.md"), "---\ntitle: The ferry\n---\n\nThe ferry sailed to Niigata in 1978.\n");
        var holder = new CorpusIndexHolder();
        var swaps = 0;
        holder.Swapped += _ => swaps++;
        var startup = Startup(holder);

        var first = await startup.LoadAsync();
        var second = await startup.LoadAsync();

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Same(first.Index, holder.Current);
        Assert.Equal("The ferry", Assert.Single(holder.Current.Articles).Title);
        Assert.Equal(0, swaps);
    }

    [Fact]
    public async Task LoadAsync_LeavesAHolderThatWasGivenAnIndex()
    {
        var holder = new CorpusIndexHolder(TestCorpus.Index);

        Assert.Null(await Startup(holder).LoadAsync());
        Assert.Same(TestCorpus.Index, holder.Current);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private CorpusIndexStartup Startup(CorpusIndexHolder holder) =>
        new(holder, new CorpusIndexLoader(new FileCorpusSource(), TextAnalyzer.Create(IdentityStemmer.Instance)), Options.Create(new CorpusOptions { Directory = folder.FullName }));
}
