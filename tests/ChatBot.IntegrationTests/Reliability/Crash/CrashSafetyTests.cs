using System.Diagnostics;

using ChatBot.CrashWriter;
using ChatBot.Storage.LiteDb;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Xunit.Abstractions;

namespace ChatBot.IntegrationTests.Reliability.Crash;

/// <summary>
/// A child process writes fact cards and feedback through the real LiteDB stores and is killed with SIGKILL at a
/// random moment, many times over one database file. After every kill the database must open cleanly in this
/// process (the dead writer's lock file must not block it) with every acknowledged write present and intact.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Lanes = 2;
    private const int CyclesPerLane = 11;
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-crash-").FullName;

    [Fact]
    public async Task KilledWriter_LosesNoAcknowledgedWrite_AndTheDatabaseReopensAfterEveryKill()
    {
        var seed = Forgery.ForgeryRun.Seed;
        var watch = Stopwatch.StartNew();

        // Two database files killed over in parallel: the cycles are dominated by process start-up, and there are two cores.
        var writes = await Task.WhenAll(Enumerable.Range(0, Lanes).Select(lane => Task.Run(() => KillRepeatedlyAsync(seed, lane))));

        output.WriteLine($"{Lanes * CyclesPerLane} kill cycles, {writes.Sum()} acknowledged writes, took {watch.Elapsed.TotalSeconds:F2} s (seed {seed})");
    }

    private async Task<int> KillRepeatedlyAsync(int seed, int lane)
    {
        var random = new Random(HashCode.Combine(seed, lane));
        var path = Path.Combine(folder, $"lane{lane}", "chatbot.db");
        var acknowledged = new List<string>();
        for (var cycle = 0; cycle < CyclesPerLane; cycle++)
        {
            var acks = random.Next(1, 11);
            var run = (lane * CyclesPerLane) + cycle;
            using (var writer = CrashWriterProcess.Start(path, run))
            {
                await writer.ReadAcksAsync(acks);
                if (cycle == 0)
                {
                    AssertLockedWhileTheWriterLives(path);
                }

                await writer.KillAsync();
                acknowledged.AddRange(writer.Acknowledged);
            }

            Assert.True(File.Exists(path + ".lock"), "the killed writer leaves its lock file behind, which is the case this test covers");
            await VerifyAsync(path, acknowledged, $"seed {seed}, lane {lane}, cycle {cycle}, killed after {acks} acks");
        }

        return acknowledged.Count;
    }

    /// <summary>The lock is real: while the writer lives, a second opener is refused, so reopening after a kill means the dead writer's lock was released.</summary>
    private static void AssertLockedWhileTheWriterLives(string path)
    {
        using var database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<ChatBotDatabase>.Instance);
        Assert.Null(database.Database);
        Assert.Contains("locked", database.Status.Problem, StringComparison.Ordinal);
    }

    private static async Task VerifyAsync(string path, IReadOnlyList<string> acknowledged, string context)
    {
        using var database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<ChatBotDatabase>.Instance);
        Assert.True(database.Database is not null, $"{context}: {database.Status.Problem}");
        var cards = new LiteDbFactCardStore(database);
        var feedback = new LiteDbFeedbackStore(database);
        foreach (var ack in acknowledged)
        {
            var name = ack[(ack.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (ack.StartsWith("factcard ", StringComparison.Ordinal))
            {
                var expected = CrashRecords.Card(name);
                var stored = await cards.GetAsync(name);
                Assert.True(stored is not null, $"{context}: acknowledged card {name} is missing");
                Assert.True(expected.Content.SameAs(stored.Content) && stored.Version == 1 && stored.UpdatedAt == expected.UpdatedAt, $"{context}: card {name} is not intact");
                Assert.Equal(expected.Content.Title, Assert.Single(await cards.HistoryAsync(name)).Card.Content.Title);
            }
            else
            {
                var expected = CrashRecords.Feedback(name);
                var stored = await feedback.ListAsync(name);
                Assert.True(stored.Count == 1 && stored[0] == expected, $"{context}: acknowledged vote {name} is missing or changed");
            }
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
