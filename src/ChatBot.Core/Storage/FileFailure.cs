namespace ChatBot.Core.Storage;

/// <summary>
/// The one list of exceptions that mean "the file system would not do it" — missing, locked, no permission, disk full,
/// a path that is a folder — so every place that reads or writes a file recognises the same failures and lets
/// everything else (bugs, cancellation) through.
/// </summary>
public static class FileFailure
{
    public static bool Is(Exception exception) => exception is IOException or UnauthorizedAccessException;
}
