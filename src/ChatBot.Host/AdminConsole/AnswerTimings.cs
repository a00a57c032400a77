using System.Diagnostics.Metrics;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;

namespace ChatBot.Host.AdminConsole;

/// <summary>
/// The newest answer times since the host started, read from this host's own "chatbot.answer.duration" histogram
/// (meters of other hosts in the process are ignored), for the dashboard's p50/p95 and cache hit rate.
/// </summary>
internal sealed class AnswerTimings : IDisposable
{
    private const int Kept = 10_000;
    private readonly MeterListener listener = new();
    private readonly Queue<AnswerTiming> timings = new();
    private readonly Lock gate = new();

    public AnswerTimings(IMeterFactory meters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == "chatbot.answer.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Add(value, tags));
        listener.Start();
    }

    public IReadOnlyList<AnswerTiming> Snapshot()
    {
        lock (gate)
        {
            return [.. timings];
        }
    }

    private void Add(double elapsedMs, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var cached = false;
        foreach (var tag in tags)
        {
            cached |= tag is { Key: "cached", Value: true };
        }

        lock (gate)
        {
            timings.Enqueue(new AnswerTiming(elapsedMs, cached));
            if (timings.Count > Kept)
            {
                timings.Dequeue();
            }
        }
    }

    public void Dispose() => listener.Dispose();
}
