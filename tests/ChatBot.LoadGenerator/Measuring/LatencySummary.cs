namespace ChatBot.LoadGenerator.Measuring;

/// <summary>Latency percentiles in milliseconds (nearest rank), over the requests that got a response.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IEnumerable<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        return new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), Math.Round(sorted[^1], 2), Math.Round(sorted.Average(), 2));
    }

    private static double Rank(double[] sorted, double percentile) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
}
