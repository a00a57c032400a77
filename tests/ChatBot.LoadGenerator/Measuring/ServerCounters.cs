using System.Globalization;

namespace ChatBot.LoadGenerator.Measuring;

/// <summary>The bot's own counters from its Prometheus /metrics page (meter "ChatBot"), summed over their labels.</summary>
internal sealed record ServerCounters(double Questions, double CacheHits, double CommandFailures, double RateLimited)
{
    public static async Task<ServerCounters> ReadAsync(HttpClient client, CancellationToken cancellationToken = default)
    {
        var text = await client.GetStringAsync("metrics", cancellationToken);
        return new ServerCounters(Sum(text, "chatbot_questions_total"), Sum(text, "chatbot_cache_hits_total"), Sum(text, "chatbot_command_failures_total"), Sum(text, "chatbot_rate_limited_total"));
    }

    /// <summary>The counters of every replica, added up.</summary>
    public static async Task<ServerCounters> ReadAllAsync(IEnumerable<HttpClient> clients, CancellationToken cancellationToken = default)
    {
        var total = new ServerCounters(0, 0, 0, 0);
        foreach (var client in clients)
        {
            var one = await ReadAsync(client, cancellationToken);
            total = new ServerCounters(total.Questions + one.Questions, total.CacheHits + one.CacheHits, total.CommandFailures + one.CommandFailures, total.RateLimited + one.RateLimited);
        }

        return total;
    }

    public ServerCounters Minus(ServerCounters before) =>
        new(Questions - before.Questions, CacheHits - before.CacheHits, CommandFailures - before.CommandFailures, RateLimited - before.RateLimited);

    private static double Sum(string exposition, string name) => exposition
        .Split('\n')
        .Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is '{' or ' ')
        .Sum(line => double.TryParse(ValueOf(line, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0);

    // "name{labels} value [timestamp]": the value is the first field after the labels.
    private static string ValueOf(string line, string name)
    {
        var rest = line[name.Length] == '{' ? line[(line.IndexOf('}', StringComparison.Ordinal) + 1)..] : line[name.Length..];
        return rest.Trim().Split(' ')[0];
    }
}
