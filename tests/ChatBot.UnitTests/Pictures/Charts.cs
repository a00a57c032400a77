using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;
using ChatBot.Core.Timeline.Pictures;
using ChatBot.Evaluation;

using SkiaSharp;

namespace ChatBot.UnitTests.Pictures;

/// <summary>Charts for the picture tests: the bundled corpus's timeline, and made-up events of any number and length.</summary>
internal static class Charts
{
    public static TimelineChart Bundled(string title = "Timeline") =>
        TimelinePictures.Chart(title, TestCorpus.Index, TestCorpus.Index.Timeline);

    /// <summary><paramref name="count"/> events, crowded into <paramref name="years"/> years from 2000, each sentence <paramref name="words"/> words long.</summary>
    public static TimelineChart Crowded(int count, int years = 3, int words = 12, int omitted = 0)
    {
        var events = Enumerable.Range(0, count).Select(i => new TimelineChartEvent(
            new EventDate(new PartialDate(2000 + (i % years), 1 + (i % 12)), Inferred: i % 5 == 0),
            string.Join(' ', Enumerable.Range(0, words).Select(w => $"word{w}")) + $" event {i}.",
            1 + (i % 2))).ToList();
        return new TimelineChart("Crowded timeline", events, [new(1, "First article", "A. Author", "Publisher", "2023-05-03", "https://example.org/a"), new(2, "Second article", null, null, "2018-04", null)], omitted);
    }

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a picture");

    /// <summary>Pixels darker than mid grey in a rectangle: text and marks, not the white or light-grey background.</summary>
    public static int DarkPixels(SKBitmap bitmap, SKRectI area)
    {
        var count = 0;
        for (var y = area.Top; y < Math.Min(area.Bottom, bitmap.Height); y++)
        {
            for (var x = area.Left; x < Math.Min(area.Right, bitmap.Width); x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                count += (pixel.Red + pixel.Green + pixel.Blue) / 3 < 128 ? 1 : 0;
            }
        }

        return count;
    }
}
