using System.Text;
using ChatBot.Ingest.Extraction;

namespace ChatBot.UnitTests.Ingest.Extraction;

/// <summary>Page bytes to text as browsers do it: byte-order mark, then the server's charset, then the page's meta, else UTF-8.</summary>
public sealed class TextDecodingTests
{
    private const string Japanese = "横田めぐみさんは1977年11月15日に新潟で拉致された。";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    [InlineData("iso-2022-jp")]
    public void AServerDeclaredLegacyJapaneseCharset_IsHonoured(string charset)
    {
        var bytes = Encoding.GetEncoding(charset).GetBytes(Japanese);

        Assert.Equal(Japanese, TextDecoding.Decode(bytes, charset, html: false));
    }

    [Theory]
    [InlineData("<meta charset=\"Shift_JIS\">")]
    [InlineData("<meta charset=shift_jis>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")]
    public void WithoutAServerCharset_ThePagesMetaDeclarationIsUsed(string meta)
    {
        var html = $"<html><head>{meta}<title>t</title></head><body><p>{Japanese}</p></body></html>";

        Assert.Equal(html, TextDecoding.Decode(Encoding.GetEncoding("shift_jis").GetBytes(html), declaredCharset: null, html: true));
    }

    [Fact]
    public void TheServersCharset_WinsOverTheMeta_AndAByteOrderMarkOverBoth()
    {
        var html = $"<html><head><meta charset=\"euc-jp\"></head><body><p>{Japanese}</p></body></html>";
        var sjis = Encoding.GetEncoding("shift_jis").GetBytes(html);
        Assert.Equal(html, TextDecoding.Decode(sjis, "Shift_JIS", html: true));

        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();
        Assert.Equal(html, TextDecoding.Decode(withBom, "Shift_JIS", html: true));
    }

    [Fact]
    public void AMetaInsideAPlainTextFile_IsNotAnEncodingDeclaration()
    {
        var text = "<meta charset=\"shift_jis\"> " + Japanese;

        Assert.Equal(text, TextDecoding.Decode(Encoding.UTF8.GetBytes(text), declaredCharset: null, html: false));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x-no-such-charset")]
    public void NoOrAnUnknownCharset_IsReadAsUtf8(string? charset)
    {
        Assert.Equal(Japanese, TextDecoding.Decode(Encoding.UTF8.GetBytes(Japanese), charset, html: true));
    }

    [Fact]
    public void Latin1_IsReadAsWindows1252_AsBrowsersDo()
    {
        var bytes = new byte[] { 0x93, 0x4B, 0x69, 0x6D, 0x94 }; // “Kim” in windows-1252 quotes

        Assert.Equal("\u201CKim\u201D", TextDecoding.Decode(bytes, "ISO-8859-1", html: false));
    }
}
