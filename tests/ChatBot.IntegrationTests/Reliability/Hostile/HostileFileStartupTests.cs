using System.Net;
using System.Text.Json;
using ChatBot.Core.Indexing;
using ChatBot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>
/// Files that once threw out of the loader (Markdig's ArgumentException) or stalled it (deep nesting) are rejected by
/// name at start-up and on every hot reload; the server starts, stays ready, and later changes still load.
/// </summary>
public sealed class HostileFileStartupTests : IDisposable
{
    private readonly HostileFilesCorpus corpus = new();

    [Fact]
    public async Task Serve_StartsReady_RejectingEachHostileFile_AndLaterChangesStillReload()
    {
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Corpus:Directory"] = corpus.Directory;
        factory.Settings["ChatBot:Corpus:WatchForChanges"] = "true";
        factory.Settings["ChatBot:Corpus:ReloadDebounce"] = "00:00:00.100";
        using var client = factory.CreateClient();
        var holder = factory.Services.GetRequiredService<CorpusIndexHolder>();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(HostileFilesCorpus.HostilePaths, holder.Current.Rejected.Select(r => r.Path).Order(StringComparer.Ordinal));

        var reloader = factory.Services.GetRequiredService<CorpusReloader>();
        var before = holder.Current;
        var swapped = new TaskCompletionSource<CorpusIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        reloader.Reloaded += index => { if (index != before) { swapped.TrySetResult(index); } };
        corpus.Add("articles/more-quotes.md", "# Deeper\n\n" + new string('>', 200_000) + "\n");
        corpus.Add("articles/added.md", "---\ntitle: Added\n---\n\nThe Zanzibar accord was signed in March 2021.\n");
        var after = await swapped.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, after.Articles.Count);
        Assert.Contains(after.Rejected, r => r.Path == "articles/more-quotes.md" && r.Reason.Contains("nests 200,000 levels deep", StringComparison.Ordinal));
    }

    public void Dispose() => corpus.Dispose();
}
