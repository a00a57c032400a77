using System.Text;
using System.Text.Json;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>Which storage failures mean the file is damaged (stop using it) and which are passing trouble (carry on).</summary>
internal static class DatabaseFailures
{
    private static readonly HashSet<int> DamageCodes =
    [
        LiteException.INVALID_DATABASE, LiteException.INVALID_FORMAT, LiteException.DOCUMENT_MAX_DEPTH, LiteException.UNEXPECTED_TOKEN,
        LiteException.INVALID_DATA_TYPE, LiteException.INVALID_FREE_SPACE_PAGE, LiteException.INVALID_DATAFILE_STATE, LiteException.ENGINE_DISPOSED,
    ];

    /// <summary>
    /// True for what bad bytes cause when read: LiteDB's damage codes (including "engine disposed", which LiteDB
    /// does to itself after a damaged page), broken stored JSON, and the decoder, cast, index and allocation errors
    /// a damaged page leads LiteDB's reader into. A duplicate key, a lock timeout or a full disk is not damage.
    /// </summary>
    public static bool IsDamage(Exception e) => e switch
    {
        LiteException lite => DamageCodes.Contains(lite.ErrorCode),
        EndOfStreamException => true,
        IOException or UnauthorizedAccessException or OperationCanceledException or TimeoutException => false,
        JsonException or DecoderFallbackException or InvalidCastException or IndexOutOfRangeException or ArgumentException
            or KeyNotFoundException or NotSupportedException or NotImplementedException or OverflowException or FormatException
            or OutOfMemoryException => true,
        _ => false,
    };

    /// <summary>One line: the exception's type and the first line of its message.</summary>
    public static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";
}
