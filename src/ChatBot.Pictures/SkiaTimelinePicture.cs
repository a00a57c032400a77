using ChatBot.Core.Timeline.Pictures;

using SkiaSharp;

namespace ChatBot.Pictures;

/// <summary>
/// A timeline as a PNG, 1200 pixels wide: years on an axis, each event a point (a day or month) or a span (a year,
/// decade or range) with its date, sentence and source number beside it, lanes stacked so labels never overlap, and
/// the sources listed below. Same chart, same bytes: fonts are embedded and nothing depends on the clock.
/// </summary>
public sealed class SkiaTimelinePicture : ITimelinePicture
{
    public string ContentType => "image/png";

    public string Extension => "png";

    public byte[] Draw(TimelineChart chart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var fonts = new ChartFontSet();
        var plan = ChartPlan.Create(chart, fonts);
        cancellationToken.ThrowIfCancellationRequested();

        using var surface = SKSurface.Create(new SKImageInfo(ChartStyle.Width, plan.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Could not create a {ChartStyle.Width}×{plan.Height} drawing surface");
        ChartPainter.Paint(surface.Canvas, plan, fonts);
        cancellationToken.ThrowIfCancellationRequested();

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
