using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// Bytes of a page or text file to text, in the order browsers use: a byte-order mark, then the charset the server
/// declared, then (HTML) a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first 1,024 bytes, else
/// UTF-8. Legacy encodings many Japanese and Korean pages still use (Shift_JIS, EUC-JP, EUC-KR, windows-1252…) come from
/// the code-pages provider; a name .NET does not know falls back to UTF-8 rather than failing the article.
/// </summary>
public static partial class TextDecoding
{
    private const int MetaScanBytes = 1024;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool html)
    {
        var (encoding, skip) = FromByteOrderMark(bytes)
            ?? (Named(declaredCharset) ?? (html ? Named(MetaCharset(bytes)) : null) ?? Encoding.UTF8, 0);
        return encoding.GetString(bytes[skip..]);
    }

    /// <summary>The encoding a name stands for, or null for none or a name .NET does not know.</summary>
    internal static Encoding? Named(string? name)
    {
        var trimmed = name?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        try
        {
            // As browsers do: a page labelled Latin-1 is read as windows-1252, its superset.
            return Encoding.GetEncoding(trimmed.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) ? "windows-1252" : trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding, int)? FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    // <meta charset="shift_jis"> or <meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">.
    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
