using System.Diagnostics;
using System.Net;

using Xunit.Abstractions;

namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>
/// Sends <c>count</c> forgeries of the given genuine requests (round-robin) through the in-memory host and collects
/// every one that was not answered 401. The seed comes from RELIABILITY_SEED when set, so a failure reproduces.
/// </summary>
internal static class ForgeryRun
{
    public const int DefaultSeed = 20_260_806;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_SEED"), out var seed) ? seed : DefaultSeed;

    /// <param name="now">The receiving host's time (Unix seconds), which stale and future timestamps are forged around.</param>
    public static async Task<IReadOnlyList<string>> SendAsync(HttpClient client, RequestForger forger, IReadOnlyList<WireRequest> genuine, int count, long now, ITestOutputHelper output)
    {
        var seed = Seed;
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var number = 0; number < count; number++)
        {
            var target = genuine[number % genuine.Count];
            var other = genuine[(number + 1) % genuine.Count];
            var mutant = forger.Forge(seed, number, target, other, now);
            using var message = mutant.Request.ToMessage();
            using var response = await client.SendAsync(message);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"seed {seed} case {mutant.Case}: {mutant.Description} got {(int)response.StatusCode}");
            }
        }

        output.WriteLine($"{count} forged requests (seed {seed}) took {watch.Elapsed.TotalSeconds:F2} s, {failures.Count} not refused with 401");
        return failures;
    }
}
