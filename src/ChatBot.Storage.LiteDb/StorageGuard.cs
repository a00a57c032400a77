namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Runs a storage call, turning any failure into a default result instead of an exception. Every failure is
/// reported to the database, which stops using the file when the failure means it is damaged.
/// </summary>
internal static class StorageGuard
{
    public static T? Try<T>(ChatBotDatabase database, Func<T?> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.ReportFailure(e);
            return default;
        }
    }

    public static bool Try(ChatBotDatabase database, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.ReportFailure(e);
            return false;
        }
    }
}
