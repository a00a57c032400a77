using SkiaSharp;

namespace ChatBot.Pictures;

/// <summary>The fonts one drawing uses; each drawing has its own (SKFont is not shared across threads).</summary>
internal sealed class ChartFontSet : IDisposable
{
    public SKFont Title { get; } = ChartStyle.Font(ChartFonts.SemiBold, 22);

    public SKFont Heading { get; } = ChartStyle.Font(ChartFonts.SemiBold, 15);

    public SKFont Date { get; } = ChartStyle.Font(ChartFonts.SemiBold, 13);

    public SKFont Body { get; } = ChartStyle.Font(ChartFonts.Regular, 13);

    public SKFont Small { get; } = ChartStyle.Font(ChartFonts.Regular, 12);

    /// <summary>The text with every character the embedded font lacks replaced by "?".</summary>
    public string Clean(string? text) => ChartText.Clean(text, Body.ContainsGlyph);

    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Date.Dispose();
        Body.Dispose();
        Small.Dispose();
    }
}
