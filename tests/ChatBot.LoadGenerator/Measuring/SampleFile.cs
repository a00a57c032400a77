using System.Globalization;

namespace ChatBot.LoadGenerator.Measuring;

/// <summary>Every request of a run as CSV: when it started, how long its first response took, and how it ended.</summary>
internal static class SampleFile
{
    public static async Task WriteAsync(string path, IReadOnlyList<Sample> samples, double? swapSeenAtMs, CancellationToken cancellationToken)
    {
        var lines = new List<string> { $"# index swap seen at {swapSeenAtMs?.ToString("F0", CultureInfo.InvariantCulture) ?? "(never)"} ms", "number,platform,replica,kind,started_ms,latency_ms,deferred,failure" };
        lines.AddRange(samples.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Number},{s.Platform},{s.Replica},{s.Kind},{s.StartedMs:F1},{s.LatencyMs:F1},{s.Deferred},\"{s.Failure?.Replace("\"", "'", StringComparison.Ordinal)}\"")));
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
    }
}
