using SkiaSharp;

namespace ChatBot.Pictures;

/// <summary>Sizes and colours of a timeline picture, in one place.</summary>
internal static class ChartStyle
{
    public const int Width = 1200;
    public const float Margin = 40;
    public const float PlotLeft = 64;
    public const float PlotRight = Width - 64;
    public const float LabelWidth = 300;
    public const int TextLines = 2;
    public const float LineHeight = 17;
    public const float LaneHeight = ((TextLines + 1) * LineHeight) + 12;
    public const float PointWidth = 6;
    public const float ArrowLength = 16;

    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Ink = new(0x11, 0x18, 0x27);
    public static readonly SKColor Muted = new(0x4B, 0x55, 0x63);
    public static readonly SKColor Grid = new(0xE5, 0xE7, 0xEB);
    public static readonly SKColor Stripe = new(0xF9, 0xFA, 0xFB);
    public static readonly SKColor Stated = new(0x3B, 0x82, 0xF6);
    public static readonly SKColor Inferred = new(0xD9, 0x77, 0x06);

    public static SKFont Font(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    public static SKPaint Stroke(SKColor color, float width, bool dashed = false) => new()
    {
        Color = color,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        PathEffect = dashed ? SKPathEffect.CreateDash([4, 3], 0) : null,
    };
}
