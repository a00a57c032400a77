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
