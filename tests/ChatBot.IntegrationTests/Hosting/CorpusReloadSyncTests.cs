using ChatBot.Core.Coordination;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.Host.Hosting;
using ChatBot.Testing;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two replicas (two hosts) sharing one Redis. Only the first watches its corpus folder, so the second can only reload
/// because the first told it to.
/// </summary>
public sealed class CorpusReloadSyncTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string prefix = $"t{Guid.NewGuid():N}:";
    private readonly List<string> folders = [];
    private RedisServer redis = null!;

    public async Task InitializeAsync() => redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await redis.DisposeAsync();

    [Fact]
    public async Task AReloadOnOneReplica_MakesTheOtherReloadToTheSameFingerprint()
    {
        var shared = CopyOfBundledCorpus();
        using var watching = Replica(shared, watch: true);
        using var following = Replica(shared, watch: false);
        var followed = await FollowedAsync(watching, following);

        File.WriteAllText(Path.Combine(shared, "articles", "added.md"), "---\ntitle: Added article\n---\n\nThe Zanzibar accord on the abduction issue was signed in March 2021.\n");
        var (notice, index) = await followed.WaitAsync(Patience);

        var watchingIndex = watching.Services.GetRequiredService<CorpusIndexHolder>().Current;
        Assert.Equal(watchingIndex.Fingerprint, notice.Fingerprint);
        Assert.Equal(watchingIndex.Fingerprint, index.Fingerprint);
        Assert.Equal(watchingIndex.Fingerprint, following.Services.GetRequiredService<CorpusIndexHolder>().Current.Fingerprint);
        Assert.Equal(3, index.Articles.Count);
    }

    [Fact]
    public async Task WhenTheFoldersDiffer_TheFollowerReloads_AndLogsThatItStillServesAnotherCorpus()
    {
        var logs = new CapturingLoggerProvider();
        var changed = CopyOfBundledCorpus();
        using var watching = Replica(changed, watch: true);
        using var following = Replica(CopyOfBundledCorpus(), watch: false, logs);
        var before = following.Services.GetRequiredService<CorpusIndexHolder>().Current;
        var followed = await FollowedAsync(watching, following);

        File.WriteAllText(Path.Combine(changed, "articles", "added.md"), "---\ntitle: Added article\n---\n\nOnly in one folder.\n");
        var (notice, index) = await followed.WaitAsync(Patience);

        Assert.Equal(before.Fingerprint, index.Fingerprint);
        Assert.NotEqual(notice.Fingerprint, index.Fingerprint);
        var warning = Assert.Single(logs.Entries, e => e.Text.Contains("their corpus folders differ", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(notice.Fingerprint, warning.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts both hosts, waits until both listen, and returns the follower's next followed reload.</summary>
    private static async Task<Task<(CorpusReloadNotice Notice, CorpusIndex Index)>> FollowedAsync(ChatBotFactory watching, ChatBotFactory following)
    {
        var followed = new TaskCompletionSource<(CorpusReloadNotice, CorpusIndex)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sync = following.Services.GetRequiredService<CorpusReloadSync>();
        sync.Followed += (notice, index) => followed.TrySetResult((notice, index));
        await Task.WhenAll(sync.Listening, watching.Services.GetRequiredService<CorpusReloadSync>().Listening).WaitAsync(Patience);
        return followed.Task;
    }

    private ChatBotFactory Replica(string corpus, bool watch, CapturingLoggerProvider? logs = null)
    {
        var factory = new ReplicaFactory(logs);
        factory.Settings["ChatBot:Corpus:Directory"] = corpus;
        factory.Settings["ChatBot:Corpus:WatchForChanges"] = watch ? "true" : "false";
        factory.Settings["ChatBot:Corpus:ReloadDebounce"] = "00:00:00.200";
        factory.Settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        factory.Settings["ChatBot:Redis:KeyPrefix"] = prefix;
        _ = factory.Server;
        return factory;
    }

    private string CopyOfBundledCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-sync-").FullName;
        folders.Add(folder);
        foreach (var file in Directory.GetFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    private sealed class ReplicaFactory(CapturingLoggerProvider? logs) : ChatBotFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (logs is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs));
            }
        }
    }
}
