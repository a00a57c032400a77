using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Testing;

/// <summary>
/// A meter factory of the test's own, and what its stores recorded on it (<c>chatbot.store.operations</c> and
/// <c>chatbot.store.operation.duration</c>): other tests' stores, on other factories, are not heard.
/// </summary>
public sealed class StoreOperations : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, string Store, string Provider, string Outcome)> recorded = new();

    public StoreOperations()
    {
        Meters = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == Meters && instrument.Name.StartsWith("chatbot.store.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();
    }

    public IMeterFactory Meters { get; }

    /// <summary>How many operations were counted for the store, provider and outcome.</summary>
    public int Count(string store, string provider, string outcome) =>
        recorded.Count(r => r == ("chatbot.store.operations", store, provider, outcome));

    /// <summary>How many durations were recorded for the store, provider and outcome.</summary>
    public int Timed(string store, string provider, string outcome) =>
        recorded.Count(r => r == ("chatbot.store.operation.duration", store, provider, outcome));

    public void Dispose()
    {
        listener.Dispose();
        services.Dispose();
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> all, string name)
        {
            foreach (var tag in all)
            {
                if (tag.Key == name)
                {
                    return tag.Value?.ToString() ?? "";
                }
            }

            return "";
        }

        recorded.Enqueue((instrument.Name, Tag(tags, "store"), Tag(tags, "provider"), Tag(tags, "outcome")));
    }
}
