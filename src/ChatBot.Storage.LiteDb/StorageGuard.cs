using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one place a store's storage call fails: every failure but cancellation is reported to the database (which stops
/// using the file when the failure means it is damaged), then the store answers as its Core interface promises for
/// storage trouble — a miss or false (<see cref="Try{T}(ChatBotDatabase, Func{T})"/>), "unavailable" after a rolled
/// back transaction (<see cref="InTransaction"/>), memory instead, or <c>StorageUnavailableException</c> where
/// "nothing there" would be a lie (<see cref="Run"/> with the store's own answer).
/// </summary>
internal static class StorageGuard
{
    public static T Run<T>(ChatBotDatabase database, Func<T> action, Func<Exception, T> failed)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.ReportFailure(e);
            return failed(e);
        }
    }

    public static T? Try<T>(ChatBotDatabase database, Func<T?> action) => Run(database, action, _ => default);

    public static bool Try(ChatBotDatabase database, Action action) => Run(database, () =>
    {
        action();
        return true;
    }, _ => false);

    /// <summary>
    /// Runs <paramref name="body"/> in a transaction it commits itself (or rolls back on a refusal); a failure rolls the
    /// transaction back and gives <paramref name="unavailable"/>.
    /// </summary>
    public static T InTransaction<T>(ChatBotDatabase database, LiteDatabase db, Func<T> body, T unavailable)
    {
        var began = false;
        return Run(database, () =>
        {
            began = db.BeginTrans();
            return body();
        }, _ =>
        {
            if (began)
            {
                Try(database, () => db.Rollback());
            }

            return unavailable;
        });
    }
}
