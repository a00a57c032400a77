using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace ChatBot.LoadGenerator.Server;

/// <summary>Polls /readyz during the run and notes when the corpus fingerprint first changes (the hot-reload swap).</summary>
internal sealed class ReadinessMonitor(HttpClient client, Stopwatch clock)
{
    private readonly TaskCompletionSource<Readiness> swapped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Readiness Initial { get; private set; } = new(false, 0, "");

    public Readiness Latest { get; private set; } = new(false, 0, "");

    /// <summary>Completes with the new state once /readyz shows a different fingerprint.</summary>
    public Task<Readiness> Swapped => swapped.Task;

    public double? SwapSeenAtMs { get; private set; }

    /// <summary>Waits until the server is up and ready, giving up if the process dies or the wait runs out.</summary>
    public async Task<Readiness> WaitUntilReadyAsync(ChatBotProcess server, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < patience)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException("chatbot serve exited during start-up:\n" + string.Join('\n', server.RecentOutput.TakeLast(20)));
            }

            if (await TryReadAsync(cancellationToken) is { Ready: true } ready)
            {
                Initial = Latest = ready;
                return ready;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"chatbot serve was not ready within {patience.TotalSeconds:F0} s:\n" + string.Join('\n', server.RecentOutput.TakeLast(20)));
    }

    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await TryReadAsync(cancellationToken) is not { } now)
            {
                continue;
            }

            Latest = now;
            if (now.Fingerprint != Initial.Fingerprint && SwapSeenAtMs is null)
            {
                SwapSeenAtMs = clock.Elapsed.TotalMilliseconds;
                swapped.TrySetResult(now);
            }
        }
    }

    private async Task<Readiness?> TryReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync("readyz", cancellationToken);
            return await response.Content.ReadFromJsonAsync<Readiness>(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The /readyz body.</summary>
    internal sealed record Readiness(
        [property: JsonPropertyName("ready")] bool Ready,
        [property: JsonPropertyName("articles")] int Articles,
        [property: JsonPropertyName("fingerprint")] string Fingerprint);
}
