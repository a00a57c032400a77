using System.Text;
using ChatBot.Ingest;
using ChatBot.Ingest.Fetching;

namespace ChatBot.UnitTests.Ingest.Fetching;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("%PDF-1.7\n...", "application/pdf", ContentKind.Pdf)]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", "text/html; charset=utf-8", ContentKind.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", "application/rss+xml", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "text/xml", ContentKind.Feed)]
    [InlineData("Plain words.", "text/plain", ContentKind.Text)]
    [InlineData("%PDF-1.4", "application/octet-stream", ContentKind.Pdf)]
    public void Sniff_AcceptsBytesThatMatchTheDeclaredType(string body, string type, ContentKind expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(body), type, "u"));

    [Theory]
    [InlineData("%PDF-1.7\n...", "text/html", "says it is text/html but its bytes are a PDF")]
    [InlineData("<!DOCTYPE html><html></html>", "application/pdf", "says it is application/pdf but its bytes are a web page")]
    [InlineData("GIF89a....", "image/gif", "its bytes are a GIF image")]
    public void Sniff_RefusesBytesThatContradictTheDeclaredType(string body, string type, string reason)
    {
        var error = Assert.Throws<IngestException>(() => ContentSniffer.Sniff(Encoding.UTF8.GetBytes(body), type, "u"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_RefusesAnImageServedAsHtml()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

        var error = Assert.Throws<IngestException>(() => ContentSniffer.Sniff(png, "text/html", "u"));

        Assert.Contains("a PNG image", error.Message, StringComparison.Ordinal);
    }
}
