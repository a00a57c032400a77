namespace ChatBot.Benchmarks.SideBySide;

/// <summary>Per-query latencies in milliseconds, with nearest-rank percentiles.</summary>
internal sealed class LatencyStats
{
    private readonly List<double> milliseconds = [];

    public long AllocatedBytes { get; set; }

    public int Count => milliseconds.Count;

    public void Add(long ticks) => milliseconds.Add(ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency);

    public double Percentile(double p)
    {
        if (milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public double AllocatedPerQuery => Count == 0 ? 0 : AllocatedBytes / (double)Count;

    public string Summary() => $"{Percentile(50):F3} / {Percentile(95):F3} / {Percentile(99):F3} ms, {AllocatedPerQuery / 1024:F1} KB/query";
}
