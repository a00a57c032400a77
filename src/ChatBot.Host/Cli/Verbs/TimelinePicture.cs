using System.Globalization;
using ChatBot.Core.Timeline.Pictures;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`timeline --picture FILE`: draws the chart and writes it, saying what was written.</summary>
internal static class TimelinePicture
{
    public static string Write(ITimelinePicture picture, TimelineChart chart, string file)
    {
        if (chart.Events.Count == 0)
        {
            throw new CommandFailedException("no dated events match, so there is no picture to draw");
        }

        if (Directory.Exists(file))
        {
            throw new UsageException($"--picture {file} is a folder; give a file name such as timeline.png");
        }

        var bytes = picture.Draw(chart);
        File.WriteAllBytes(file, bytes);
        var left = chart.Omitted > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {chart.Omitted} later events not drawn") : "";
        return string.Create(CultureInfo.InvariantCulture, $"Picture: {file} ({chart.Events.Count} events{left}, {(bytes.Length + 1023) / 1024} KB)");
    }
}
