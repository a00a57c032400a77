using System.Diagnostics;
using System.Text.Json;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The full, read-only check of a database file: the header and length fit, every document of every collection
/// reads (data and log), every stored JSON record parses, and every index can be walked. LiteDB 5 keeps no
/// checksums, so damage that leaves all of that readable — a changed letter inside a text — cannot be seen.
/// </summary>
public static class DatabaseCheck
{
    public static DatabaseCheckResult Run(string path)
    {
        var clock = Stopwatch.StartNew();
        var (kind, detail) = DatabaseFileProbe.Inspect(path);
        if (kind != DatabaseFileKind.LiteDb)
        {
            return new DatabaseCheckResult(false, detail, new Dictionary<string, int>(), clock.Elapsed);
        }

        ReadOnlyDatabase? readOnly = null;
        try
        {
            readOnly = ReadOnlyDatabase.Open(path);
            var counts = Counts(readOnly.Database);
            readOnly.Dispose();
            return new DatabaseCheckResult(true, null, counts, clock.Elapsed);
        }
        catch (Exception e)
        {
            // Anything reading throws here is damage: LiteDB fails on a damaged page with whatever exception the bad
            // bytes lead it to (a LiteException, a decoder or cast error, an allocation it cannot make).
            readOnly?.Abandon();
            return new DatabaseCheckResult(false, $"reading it failed ({DatabaseFailures.Describe(e)})", new Dictionary<string, int>(), clock.Elapsed);
        }
    }

    private static SortedDictionary<string, int> Counts(LiteDatabase database)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var indexes = database.GetCollection("$indexes").FindAll().ToList();
        foreach (var name in database.GetCollectionNames().ToList())
        {
            var collection = database.GetCollection(name);
            var documents = 0;
            foreach (var document in collection.FindAll())
            {
                documents++;
                if (document.TryGetValue("Json", out var json) && json.IsString)
                {
                    JsonDocument.Parse(json.AsString).Dispose();
                }
            }

            foreach (var index in indexes.Where(i => i["collection"].AsString == name && i["name"].AsString != "_id"))
            {
                _ = collection.Find(Query.All(index["name"].AsString)).Count();
            }

            counts[name] = documents;
        }

        return counts;
    }
}
