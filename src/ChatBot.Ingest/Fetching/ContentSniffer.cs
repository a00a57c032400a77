using System.Text;

namespace ChatBot.Ingest.Fetching;

/// <summary>
/// Decides what a body is from its bytes (magic numbers), and refuses it when the server's Content-Type says
/// otherwise: a "text/html" that is a PDF, an "application/pdf" that is a web page, an image, an archive.
/// </summary>
public static class ContentSniffer
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Gzip => [0x1F, 0x8B];

    public static ContentKind Sniff(ReadOnlySpan<byte> body, string? declaredType, string where)
    {
        var declared = (declaredType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var actual = FromBytes(body) ?? throw new IngestException($"{where} is not a web page, PDF, feed or text (its bytes are {Describe(body)})");
        var expected = declared switch
        {
            "" or "application/octet-stream" => actual,
            "text/html" or "application/xhtml+xml" => ContentKind.Html,
            "application/pdf" or "application/x-pdf" => ContentKind.Pdf,
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => ContentKind.Feed,
            "text/plain" or "text/markdown" => ContentKind.Text,
            _ => throw new IngestException($"{where} has content type {declared}, which cannot be added (web pages, PDFs, feeds and plain text can)"),
        };

        if (expected == actual || (expected == ContentKind.Text && actual != ContentKind.Pdf) || (expected == ContentKind.Html && actual == ContentKind.Text))
        {
            return expected == ContentKind.Text ? actual : expected;
        }

        throw new IngestException($"{where} says it is {declared} but its bytes are {Name(actual)}; refused");
    }

    public static ContentKind? FromBytes(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("%PDF-"u8))
        {
            return ContentKind.Pdf;
        }

        if (IsBinary(body))
        {
            return null;
        }

        var head = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 2048)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && (head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal)))
        {
            return ContentKind.Feed;
        }

        if (head.StartsWith("<rss", StringComparison.Ordinal) || head.StartsWith("<feed", StringComparison.Ordinal))
        {
            return ContentKind.Feed;
        }

        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)
            || (head.StartsWith('<') && (head.Contains("<body", StringComparison.Ordinal) || head.Contains("<head", StringComparison.Ordinal)))
            ? ContentKind.Html
            : ContentKind.Text;
    }

    private static bool IsBinary(ReadOnlySpan<byte> body) =>
        body.StartsWith(Png) || body.StartsWith(Jpeg) || body.StartsWith("GIF8"u8)
        || body.StartsWith("PK\u0003\u0004"u8) || body.StartsWith(Gzip) || body[..Math.Min(body.Length, 4096)].Contains((byte)0);

    private static string Describe(ReadOnlySpan<byte> body) =>
        body.StartsWith(Png) ? "a PNG image"
        : body.StartsWith(Jpeg) ? "a JPEG image"
        : body.StartsWith("GIF8"u8) ? "a GIF image"
        : body.StartsWith("PK\u0003\u0004"u8) ? "a ZIP archive"
        : body.StartsWith(Gzip) ? "gzip data"
        : "binary data";

    private static string Name(ContentKind kind) => kind switch
    {
        ContentKind.Pdf => "a PDF",
        ContentKind.Html => "a web page",
        ContentKind.Feed => "a feed",
        _ => "plain text",
    };
}
