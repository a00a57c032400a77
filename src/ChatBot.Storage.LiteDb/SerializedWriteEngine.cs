using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The process's LiteDB engine with its writes taken one at a time. LiteDB 5 lets transactions on different
/// collections write at once, and they share the header's list of free pages: under load, a prune freeing pages in
/// one collection while an insert takes a page in another leaves a page both in use and on the free list, and the next
/// write fails with "empty page must be defined as empty type" — a healthy file reported as damaged (LiteDB issues
/// #2503, #2825; 5.0.20 is affected). Here every write holds one lock; an explicit transaction takes it at its first
/// write and keeps it to commit or rollback, so a read-only transaction (a backup's consistent copy) never holds up
/// writers. Reads and checkpoints (LiteDB's own exclusive lock) go straight through. LiteDB binds a transaction to its
/// thread, and so does this lock.
/// </summary>
internal sealed class SerializedWriteEngine(ILiteEngine inner) : ILiteEngine
{
    /// <summary>As long as LiteDB itself waits for a lock before giving up (its LOCK_TIMEOUT).</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private volatile bool disposed;

    /// <summary>This thread's explicit transaction: none, open without a write yet, or open and holding the lock.</summary>
    private readonly ThreadLocal<Transaction> transaction = new();

    private enum Transaction
    {
        None,
        Reading,
        Writing,
    }

    public bool BeginTrans()
    {
        var began = inner.BeginTrans();
        if (began)
        {
            transaction.Value = Transaction.Reading;
        }

        return began;
    }

    public bool Commit()
    {
        // A commit that throws keeps the lock: the caller rolls back, and the rollback lets go.
        var committed = inner.Commit();
        End();
        return committed;
    }

    public bool Rollback()
    {
        try
        {
            return inner.Rollback();
        }
        finally
        {
            End();
        }
    }

    public IBsonDataReader Query(string collection, Query query) => inner.Query(collection, query);

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Write(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Write(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Write(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Write(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => inner.Pragma(name);

    public bool Pragma(string name, BsonValue value) => Write(() => inner.Pragma(name, value));

    public int Checkpoint() => inner.Checkpoint();

    public long Rebuild(RebuildOptions options) => inner.Rebuild(options);

    /// <summary>
    /// Waits for the write or writing transaction in flight (up to <see cref="Wait"/>) before LiteDB closes: LiteDB
    /// closed under a write leaves a half-released transaction, whose finalizer later ends the process. Writes that
    /// come after are refused with <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        var entered = gate.TryEnter(Wait);
        try
        {
            disposed = true;
            inner.Dispose();
        }
        finally
        {
            if (entered)
            {
                gate.Exit();
            }
        }
    }

    private T Write<T>(Func<T> write)
    {
        switch (transaction.Value)
        {
            case Transaction.Writing:
                return write();
            case Transaction.Reading:
                // The transaction's first write: the lock is kept until commit or rollback.
                Enter();
                transaction.Value = Transaction.Writing;
                return write();
            default:
                Enter();
                try
                {
                    return write();
                }
                finally
                {
                    gate.Exit();
                }
        }
    }

    private void Enter()
    {
        if (!gate.TryEnter(Wait))
        {
            throw new TimeoutException($"another write held the database for more than {Wait.TotalSeconds:0} s");
        }

        if (disposed)
        {
            gate.Exit();
            throw new ObjectDisposedException(nameof(ChatBotDatabase), "the database was closed");
        }
    }

    private void End()
    {
        if (transaction.Value == Transaction.Writing)
        {
            gate.Exit();
        }

        transaction.Value = Transaction.None;
    }
}
