using System.Text.Json;
using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Reads what can still be read from a damaged database, two ways, and keeps every distinct record either finds:
/// through its indexes (the primary key and every secondary index, both directions, data and log, read-only, each
/// walk on a fresh read-only instance because LiteDB closes itself after a damaged page) and through LiteDB's own
/// rebuild, which reads data pages directly, run on a copy. A record whose stored JSON no longer parses is left out.
/// A file cut inside a page is read from a copy of its whole pages: LiteDB opens no file whose length is not a whole
/// number of pages, so a file cut at an arbitrary byte would otherwise yield nothing at all.
/// </summary>
internal static class DatabaseSalvage
{
    private const string RebuildErrors = "_rebuild_errors";

    /// <param name="known">Collection names the database is known to have had (from its manifest).</param>
    public static (SortedDictionary<string, Dictionary<string, BsonDocument>> Collections, List<BsonDocument> Indexes, List<string> Notes) Read(string path, string workFolder, IEnumerable<string> known)
    {
        var found = new SortedDictionary<string, Dictionary<string, BsonDocument>>(StringComparer.Ordinal);
        var indexes = new List<BsonDocument>();
        var notes = new List<string>();
        path = WholePages(path, workFolder, notes);
        Try(notes, "reading through the indexes", () => ReadThroughIndexes(path, found, indexes));
        var names = new HashSet<string>(known.Concat(found.Keys), StringComparer.Ordinal);
        Try(notes, "LiteDB's page-by-page rebuild", () => ReadThroughRebuild(path, workFolder, found, names, notes));
        return (found, indexes, notes);
    }

    /// <summary>The file itself when it is whole pages; otherwise a copy of its whole pages (and its log) in the work folder.</summary>
    private static string WholePages(string path, string workFolder, List<string> notes)
    {
        var length = new FileInfo(path).Length;
        var partial = length % DatabaseFileProbe.PageSize;
        if (partial == 0 || length < DatabaseFileProbe.PageSize)
        {
            return path;
        }

        var copy = Path.Combine(workFolder, "whole-pages.db");
        using (var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var target = new FileStream(copy, FileMode.CreateNew, FileAccess.Write))
        {
            source.CopyTo(target);
            target.SetLength(length - partial);
        }

        if (File.Exists(DatabaseFiles.Log(path)))
        {
            File.Copy(DatabaseFiles.Log(path), DatabaseFiles.Log(copy));
        }

        notes.Add($"the file ends inside a page: its last {partial:N0} bytes were left out");
        return copy;
    }

    private static void ReadThroughIndexes(string path, SortedDictionary<string, Dictionary<string, BsonDocument>> found, List<BsonDocument> indexes)
    {
        indexes.AddRange(Walk(path, DatabaseCopier.Indexes));
        foreach (var name in Walk(path, database => database.GetCollectionNames()))
        {
            var walks = new List<Func<LiteDatabase, IEnumerable<BsonDocument>>>
            {
                database => database.GetCollection(name).FindAll(),
                database => database.GetCollection(name).Find(Query.All(Query.Descending)),
            };
            foreach (var index in indexes.Where(i => i["collection"].AsString == name).Select(i => i["name"].AsString))
            {
                walks.Add(database => database.GetCollection(name).Find(Query.All(index)));
                walks.Add(database => database.GetCollection(name).Find(Query.All(index, Query.Descending)));
            }

            // The other walks only reach past a place where the first one broke off; each pass over a damaged record
            // can cost LiteDB seconds and gigabytes of allocation, so they run only when needed.
            foreach (var walk in walks)
            {
                var complete = true;
                Keep(found, name, Walk(path, walk, () => complete = false));
                if (complete)
                {
                    break;
                }
            }
        }
    }

    /// <summary>What one walk yields before it fails on a damaged page, on a read-only instance of its own.</summary>
    private static List<T> Walk<T>(string path, Func<LiteDatabase, IEnumerable<T>> walk, Action? brokeOff = null)
    {
        var read = new List<T>();
        ReadOnlyDatabase? readOnly = null;
        try
        {
            readOnly = ReadOnlyDatabase.Open(path);
            foreach (var item in walk(readOnly.Database))
            {
                read.Add(item);
            }

            readOnly.Dispose();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The walk stops at the damage; what it read before stays.
            readOnly?.Abandon();
            brokeOff?.Invoke();
        }

        return read;
    }

    private static void ReadThroughRebuild(string path, string workFolder, SortedDictionary<string, Dictionary<string, BsonDocument>> found, HashSet<string> names, List<string> notes)
    {
        var copy = Path.Combine(workFolder, "salvage.db");
        File.Copy(path, copy, overwrite: true);
        if (File.Exists(DatabaseFiles.Log(path)))
        {
            File.Copy(DatabaseFiles.Log(path), DatabaseFiles.Log(copy), overwrite: true);
        }

        var engine = new LiteEngine(new EngineSettings { Filename = copy });
        try
        {
            engine.Rebuild(new RebuildOptions { IncludeErrorReport = true });
            engine.Dispose();
        }
        catch
        {
            LiteDbQuarantine.Keep(engine);
            throw;
        }

        foreach (var name in Walk(copy, database => database.GetCollectionNames()).Where(n => n != RebuildErrors))
        {
            var documents = Walk(copy, database => database.GetCollection(name).FindAll());
            if (names.Contains(name))
            {
                Keep(found, name, documents);
            }
            else if (documents.Count > 0)
            {
                // LiteDB names a collection whose name page is damaged after its page ("col_131073"): there is no
                // telling which collection those records belonged to.
                notes.Add($"{documents.Count:N0} records in a collection whose name was lost ({name}) were left out");
            }
        }
    }

    /// <summary>Adds the documents not already found, skipping any whose stored JSON does not parse.</summary>
    private static void Keep(SortedDictionary<string, Dictionary<string, BsonDocument>> found, string collection, IEnumerable<BsonDocument> documents)
    {
        var kept = found.TryGetValue(collection, out var existing) ? existing : found[collection] = [];
        foreach (var document in documents)
        {
            var id = document["_id"].ToString();
            if (!kept.ContainsKey(id) && Readable(document))
            {
                kept[id] = document;
            }
        }
    }

    private static bool Readable(BsonDocument document)
    {
        try
        {
            if (document.TryGetValue("Json", out var json) && json.IsString)
            {
                JsonDocument.Parse(json.AsString).Dispose();
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Try(List<string> notes, string what, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            notes.Add($"{what} failed ({DatabaseFailures.Describe(e)})");
        }
    }
}
