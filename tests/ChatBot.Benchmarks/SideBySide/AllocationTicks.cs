using System.Diagnostics.Tracing;
using System.Globalization;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// What the process allocates, by type, sampled by the runtime's allocation ticks (one event about every 100 KB, naming
/// the type whose allocation crossed the mark): the shares, not exact bytes, but with no profiler attached.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private const long GcKeyword = 0x1;
    private readonly Dictionary<string, long> byType = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private long total;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var at and >= 0 ? Convert.ToInt64(eventData.Payload[at], CultureInfo.InvariantCulture) : 100_000;
        lock (gate)
        {
            byType[type] = byType.GetValueOrDefault(type) + amount;
            total += amount;
        }
    }

    public void Print(int asks)
    {
        lock (gate)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  allocation ticks: {total / 1024.0 / Math.Max(1, asks):F1} KB an ask sampled; by type:"));
            foreach (var (type, bytes) in byType.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {100.0 * bytes / Math.Max(1, total),5:F1}%  {bytes / 1024.0 / Math.Max(1, asks),7:F2} KB/ask  {type}"));
            }
        }
    }
}
