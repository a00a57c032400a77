using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Writes documents into a new LiteDB file, collection by collection, with the source's secondary indexes.</summary>
internal static class DatabaseCopier
{
    /// <summary>
    /// Copies an open database inside one read transaction: LiteDB reads a transaction's collections at one moment,
    /// so a fact card and its revision are both in the copy or both not, while writers carry on.
    /// </summary>
    public static SortedDictionary<string, int> CopyConsistent(LiteDatabase source, string targetPath)
    {
        source.BeginTrans();
        try
        {
            var indexes = Indexes(source);
            var collections = source.GetCollectionNames().ToList();
            return Write(targetPath, collections.Select(name => (name, source.GetCollection(name).FindAll())), indexes);
        }
        finally
        {
            source.Rollback();
        }
    }

    /// <summary>Writes the given documents (and indexes) to a new file; returns the count per collection.</summary>
    public static SortedDictionary<string, int> Write(string targetPath, IEnumerable<(string Name, IEnumerable<BsonDocument> Documents)> collections, IReadOnlyList<BsonDocument> indexes)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var target = new LiteDatabase(new ConnectionString { Filename = targetPath, Connection = ConnectionType.Direct }))
        {
            foreach (var (name, documents) in collections)
            {
                var collection = target.GetCollection(name);
                counts[name] = collection.InsertBulk(documents);
                foreach (var index in indexes.Where(i => i["collection"].AsString == name && i["name"].AsString != "_id"))
                {
                    collection.EnsureIndex(index["name"].AsString, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
                }
            }

            target.Checkpoint();
        }

        return counts;
    }

    /// <summary>The secondary index definitions ($indexes: collection, name, expression, unique).</summary>
    public static List<BsonDocument> Indexes(LiteDatabase database) =>
        [.. database.GetCollection("$indexes").FindAll().Where(i => i["name"].AsString != "_id")];
}
