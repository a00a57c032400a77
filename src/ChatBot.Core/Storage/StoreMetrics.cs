using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>
/// Every storage call a store makes, counted and timed per store, provider and outcome
/// (<c>chatbot.store.operations</c>, <c>chatbot.store.operation.duration</c>; in Prometheus
/// <c>chatbot_store_operations_total{store="fact_card",provider="postgres",outcome="ok"}</c>). The providers record at
/// the one place each store's storage call passes (LiteDB's StorageGuard, PostgreSQL's PostgresFailures), so a store
/// cannot forget it; "error" is a call that failed (and was answered as the store's interface promises for storage
/// trouble), not a refusal such as a version conflict.
/// </summary>
public sealed class StoreMetrics
{
    // Every call asks for its store's name: made once per calling file.
    private static readonly ConcurrentDictionary<(string File, string Prefix), string> Names = new();

    private readonly Counter<long> operations;
    private readonly Histogram<double> duration;
    private readonly KeyValuePair<string, object?> provider;

    public StoreMetrics(IMeterFactory meters, string provider)
    {
        var meter = meters.Create(BotMetrics.MeterName);
        operations = meter.CreateCounter<long>("chatbot.store.operations", description: "Storage calls by store, provider and outcome (ok or error)");
        duration = meter.CreateHistogram<double>("chatbot.store.operation.duration", unit: "ms", description: "Time a storage call took, by store, provider and outcome");
        this.provider = new("provider", provider);
    }

    /// <summary>Records one call that started at <paramref name="startedAt"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void Record(string store, bool ok, long startedAt)
    {
        var tags = new TagList { { "store", store }, provider, { "outcome", ok ? "ok" : "error" } };
        operations.Add(1, tags);
        duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, tags);
    }

    /// <summary>
    /// The store a call came from, by its source file (the compiler's <c>CallerFilePath</c>): the class name without
    /// the provider prefix and a "Store" suffix, in snake case — "LiteDbFactCardStore.cs" and "PostgresFactCardStore.cs"
    /// are both "fact_card".
    /// </summary>
    public static string StoreOf(string callerFilePath, string providerPrefix) =>
        Names.GetOrAdd((callerFilePath, providerPrefix), key => Name(key.File, key.Prefix));

    private static string Name(string callerFilePath, string providerPrefix)
    {
        var name = callerFilePath[(callerFilePath.LastIndexOfAny(['/', '\\']) + 1)..];
        name = name.EndsWith(".cs", StringComparison.Ordinal) ? name[..^3] : name;
        name = name.StartsWith(providerPrefix, StringComparison.Ordinal) ? name[providerPrefix.Length..] : name;
        name = name.EndsWith("Store", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name;
        var snake = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }
}
