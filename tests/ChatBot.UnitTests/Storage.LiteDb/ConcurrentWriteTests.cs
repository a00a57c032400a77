using ChatBot.Storage.LiteDb;
using LiteDB;

namespace ChatBot.UnitTests.Storage;

/// <summary>
/// Writes to different collections at once, as under load while a corpus reload prunes the answer cache: LiteDB 5.0.20
/// on its own corrupts its list of free pages this way ("empty page must be defined as empty type", a healthy file then
/// reported damaged); the process's database takes its writes one at a time, so the file stays healthy.
/// </summary>
public sealed class ConcurrentWriteTests : IDisposable
{
    private const int Writers = 3;
    private const int WritesEach = 500;
    private readonly TempDatabase temp = new();

    [Fact]
    public async Task InsertsAndDeleteManyOnDifferentCollectionsAtOnce_NeverFail_AndTheFileStaysIntact()
    {
        var database = temp.Open();
        var db = database.Database!;
        using var start = new Barrier(Writers);

        var failures = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => Write(db, writer, start))));

        Assert.All(failures, failure => Assert.Null(failure));
        Assert.Equal(DatabaseState.Open, database.Status.State);
        database.Dispose();
        var check = DatabaseCheck.Run(temp.Path);
        Assert.True(check.Intact, check.Problem);
    }

    [Fact]
    public async Task AReadOnlyTransactionLeftOpen_DoesNotHoldUpAWriteOnAnotherThread()
    {
        // A backup copies inside one read transaction for as long as the copy takes; writers carry on meanwhile.
        var database = temp.Open();
        var db = database.Database!;
        db.GetCollection("cards").Insert(new BsonDocument { ["text"] = "before" });
        using var opened = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var reader = Task.Run(() =>
        {
            db.BeginTrans();
            var seen = db.GetCollection("cards").Count();
            opened.Set();
            release.Wait();
            db.Rollback();
            return seen;
        });
        opened.Wait();

        // The timeout only stops a regression from hanging the run (a held lock waits a minute, then fails).
        BsonValue inserted;
        try
        {
            inserted = await Task.Run(() => db.GetCollection("cards").Insert(new BsonDocument { ["text"] = "during" })).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            release.Set();
        }

        Assert.Equal(1, await reader);
        Assert.False(inserted.IsNull);
        Assert.Equal(2, db.GetCollection("cards").Count());
        database.Dispose();
    }

    [Fact]
    public async Task ClosingDuringAWritingTransaction_LetsItCommit_AndLaterWritesAreRefusedCleanly()
    {
        // LiteDB closed under a write leaves a half-released transaction whose finalizer ends the process later.
        var database = temp.Open();
        var db = database.Database!;
        using var written = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var writer = Task.Run(() =>
        {
            db.BeginTrans();
            db.GetCollection("cards").Insert(new BsonDocument { ["text"] = "in flight" });
            written.Set();
            release.Wait();
            return db.Commit();
        });
        written.Wait();

        var closing = Task.Run(database.Dispose);
        release.Set();

        Assert.True(await writer);
        await closing.WaitAsync(TimeSpan.FromSeconds(30));
        // LiteDB refuses a write on a closed engine as disposed, or (when the close raced the commit's release) with its own error.
        var refused = Record.Exception(() => db.GetCollection("cards").Insert(new BsonDocument { ["text"] = "after" }));
        Assert.True(refused is ObjectDisposedException or LiteException, $"expected the closed database to refuse the write, got {refused?.GetType().Name ?? "no error"}");
        using var reopened = new LiteDatabase(temp.Path);
        Assert.Equal(["in flight"], reopened.GetCollection("cards").FindAll().Select(d => d["text"].AsString));
    }

    /// <summary>Inserts records of varied size into its own collection, emptying it every 50th write (pages freed).</summary>
    private static string? Write(LiteDatabase db, int writer, Barrier start)
    {
        var collection = db.GetCollection($"writer{writer}");
        var random = new Random(writer);
        start.SignalAndWait();
        try
        {
            for (var i = 0; i < WritesEach; i++)
            {
                collection.Insert(new BsonDocument { ["text"] = new string('x', random.Next(10, 3000)), ["writer"] = writer });
                if (i % 50 == 49)
                {
                    collection.DeleteMany(Query.EQ("writer", writer));
                }
            }

            return null;
        }
        catch (LiteException e)
        {
            return $"writer {writer}: {e.Message.Split('\n')[0]}";
        }
    }

    public void Dispose() => temp.Dispose();
}
