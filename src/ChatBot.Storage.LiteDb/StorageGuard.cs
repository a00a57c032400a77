using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Runs a storage call, turning storage trouble into a default result instead of an exception.</summary>
internal static class StorageGuard
{
    public static T? Try<T>(Func<T?> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return default;
        }
    }

    public static bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }
}
