using ChatBot.Core.Commands;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Operations;

public sealed class HotReloadTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("chatbot-reload-").FullName;

    [Fact]
    public async Task ANewArticle_IsIndexedAndSwappedIn_WhileRequestsKeepSucceeding()
    {
        CopyBundledCorpus();
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Corpus:Directory"] = corpus;
        factory.Settings["ChatBot:Corpus:WatchForChanges"] = "true";
        factory.Settings["ChatBot:Corpus:ReloadDebounce"] = "00:00:00.200";
        factory.Settings["ChatBot:RateLimits:Enabled"] = "false";
        using var client = factory.CreateClient();
        var holder = factory.Services.GetRequiredService<CorpusIndexHolder>();
        var reloader = factory.Services.GetRequiredService<CorpusReloader>();
        var dispatcher = factory.Services.GetRequiredService<ICommandDispatcher>();
        var before = holder.Current;
        var swapped = new TaskCompletionSource<CorpusIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        reloader.Reloaded += index => { if (index != before) { swapped.TrySetResult(index); } };

        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            var replies = new List<Reply>();
            while (!stop.IsCancellationRequested)
            {
                replies.Add(await dispatcher.DispatchAsync(Ask("How many Japanese nationals did North Korea admit to abducting?")));
            }

            return replies;
        });

        File.WriteAllText(Path.Combine(corpus, "articles", "added.md"), "---\ntitle: Added article\n---\n\nThe Zanzibar accord on the abduction issue was signed in March 2021.\n");
        var after = await swapped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        stop.Cancel();
        var replies = await load;

        Assert.Equal(3, after.Articles.Count);
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(ReplyKind.Answer, r.Kind));
        var answer = await dispatcher.DispatchAsync(Ask("What was the Zanzibar accord?"));
        Assert.Equal(ReplyKind.Answer, answer.Kind);
        Assert.Contains(answer.Sources, s => s.ArticleId == "added");
    }

    [Fact]
    public async Task ABrokenNewFile_IsRejected_AndTheRestStillServes()
    {
        CopyBundledCorpus();
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Corpus:Directory"] = corpus;
        factory.Settings["ChatBot:Corpus:WatchForChanges"] = "true";
        factory.Settings["ChatBot:Corpus:ReloadDebounce"] = "00:00:00.100";
        using var client = factory.CreateClient();
        var holder = factory.Services.GetRequiredService<CorpusIndexHolder>();
        var reloader = factory.Services.GetRequiredService<CorpusReloader>();
        var swapped = new TaskCompletionSource<CorpusIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        var before = holder.Current;
        reloader.Reloaded += index => { if (index != before) { swapped.TrySetResult(index); } };

        File.WriteAllText(Path.Combine(corpus, "articles", "broken.md"), "---\ntitle: [unclosed\n---\nText.");
        var after = await swapped.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, after.Articles.Count);
        Assert.Contains(after.Rejected, r => r.Path.EndsWith("broken.md", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    private static CommandRequest Ask(string question) =>
        new(ChatPlatform.Cli, new ChatUser("tester"), "channel", "ask", new Dictionary<string, string> { ["question"] = question });

    private void CopyBundledCorpus()
    {
        foreach (var file in Directory.GetFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(corpus, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
