using System.Diagnostics;

using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Timeline.Pictures;
using ChatBot.Pictures;

using SkiaSharp;

namespace ChatBot.UnitTests.Pictures;

public sealed class SkiaTimelinePictureTests
{
    private readonly SkiaTimelinePicture picture = new();

    [Fact]
    public void Draw_TheBundledTimeline_IsAPngTwelveHundredPixelsWide_AndWellUnderTheSizeLimit()
    {
        var chart = Charts.Bundled();
        var png = picture.Draw(chart);

        using var bitmap = Charts.Decode(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.Equal(1200, bitmap.Width);
        Assert.InRange(bitmap.Height, 600, 3000);
        Assert.InRange(png.Length, 10_000, TimelinePictures.MaxBytes / 2);
        Assert.Equal("image/png", picture.ContentType);
    }

    [Fact]
    public void Draw_TheSameChartTwice_GivesTheSameBytes()
    {
        var chart = Charts.Bundled();
        Assert.Equal(picture.Draw(chart), picture.Draw(Charts.Bundled()));
    }

    [Fact]
    public void Draw_DifferentEvents_DrawDifferentPictures()
    {
        var all = Charts.Bundled();
        var three = all with { Events = [.. all.Events.Take(3)] };
        var changedText = all with { Events = [.. all.Events.Select((e, i) => i == 0 ? e with { Text = "A different sentence." } : e)] };

        using var full = Charts.Decode(picture.Draw(all));
        using var few = Charts.Decode(picture.Draw(three));
        using var changed = Charts.Decode(picture.Draw(changedText));

        Assert.True(few.Height < full.Height, $"3 events: {few.Height} px, {all.Events.Count} events: {full.Height} px");
        Assert.Equal(full.Height, changed.Height);
        Assert.True(DifferingPixels(full, changed) > 100, "changing one sentence changes its label");
    }

    [Fact]
    public void Draw_WritesTheTitle_WithTheEmbeddedFont()
    {
        var titleBand = new SKRectI(40, 28, 600, 56);
        using var titled = Charts.Decode(picture.Draw(Charts.Bundled("Timeline of the abduction issue")));
        using var untitled = Charts.Decode(picture.Draw(Charts.Bundled("")));

        Assert.True(Charts.DarkPixels(titled, titleBand) > 500, $"{Charts.DarkPixels(titled, titleBand)} dark pixels where the title is");
        Assert.Equal(0, Charts.DarkPixels(untitled, titleBand));
    }

    [Fact]
    public void Draw_FortyLongEventsInThreeYears_StaysReadableAndSmall()
    {
        var chart = Charts.Crowded(TimelinePictures.MaxEvents, years: 3, words: 80, omitted: 12);
        var watch = Stopwatch.StartNew();
        var png = picture.Draw(chart);
        watch.Stop();

        using var bitmap = Charts.Decode(png);
        Assert.InRange(bitmap.Height, 1000, 4000);
        Assert.InRange(png.Length, 1, TimelinePictures.MaxBytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"drawing took {watch.Elapsed}");
    }

    [Fact]
    public void Draw_CancelledBeforehand_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => picture.Draw(Charts.Bundled(), cancelled.Token));
    }

    [Fact]
    public void Draw_AChartWithoutEvents_IsStillAPicture()
    {
        using var bitmap = Charts.Decode(picture.Draw(new TimelineChart("Nothing", [], [])));
        Assert.Equal(1200, bitmap.Width);
    }

    private static int DifferingPixels(SKBitmap a, SKBitmap b)
    {
        var count = 0;
        for (var y = 0; y < Math.Min(a.Height, b.Height); y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                count += a.GetPixel(x, y) == b.GetPixel(x, y) ? 0 : 1;
            }
        }

        return count;
    }
}
