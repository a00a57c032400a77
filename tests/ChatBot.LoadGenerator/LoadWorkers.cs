using System.Collections.Concurrent;
using System.Diagnostics;

using ChatBot.LoadGenerator.Measuring;
using ChatBot.LoadGenerator.Server;

namespace ChatBot.LoadGenerator;

/// <summary>
/// Sends the fixed number of requests from a fixed number of workers, alternating Discord and Slack. At the reload
/// point one worker writes the new article; the last share of requests waits for the swap to be seen. With several
/// replicas (one client each) requests go round robin, and every fourth is a Slack event delivered to all of them.
/// </summary>
internal sealed class LoadWorkers(LoadSettings settings, IReadOnlyList<HttpClient> clients, SignedRequests requests, QuestionMix questions, ReadinessMonitor monitor, RunCorpus corpus, Stopwatch clock)
{
    private readonly ConcurrentBag<Sample> samples = [];
    private int next = -1;
    private int turn = -1;

    public double? ArticleWrittenAtMs { get; private set; }

    public IReadOnlyList<Sample> Samples => [.. samples.OrderBy(s => s.Number)];

    public async Task RunAsync(CancellationToken cap)
    {
        var workers = Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(() => WorkAsync(cap), CancellationToken.None));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken cap)
    {
        var reloadAt = (int)(settings.Requests * settings.ReloadAt);
        var afterReloadFrom = (int)(settings.Requests * settings.AfterReloadFrom);
        while (!cap.IsCancellationRequested)
        {
            var number = Interlocked.Increment(ref next);
            if (number >= settings.Requests)
            {
                return;
            }

            if (number == reloadAt)
            {
                await corpus.AddArticleAsync(CancellationToken.None); // tiny, and must not be left half done
                ArticleWrittenAtMs = clock.Elapsed.TotalMilliseconds;
            }

            if (number >= afterReloadFrom && !await SwapSeenAsync(cap))
            {
                return;
            }

            samples.Add(await SendAsync(number, cap));
        }
    }

    private async Task<bool> SwapSeenAsync(CancellationToken cap)
    {
        try
        {
            await monitor.Swapped.WaitAsync(cap);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// A few unmeasured requests on both platforms before the clock starts, so first-call JIT is not in the
    /// percentiles. Their answers are still checked (all but the deadline); returns how many were wrong.
    /// </summary>
    public async Task<int> WarmUpAsync(int count, CancellationToken cancellationToken)
    {
        var wrong = 0;
        for (var i = 0; i < count; i++)
        {
            var platform = i % 2 == 0 ? Platform.Discord : Platform.Slack;
            var sample = await SendAsync(-1 - i, platform, (i / 2) % clients.Count, QuestionKind.Unique, $"When did North Korea admit the abductions, warm-up {i}?", cancellationToken);
            wrong += sample.Failed && !sample.Failure!.StartsWith("late", StringComparison.Ordinal) ? 1 : 0;
        }

        return wrong;
    }

    private Task<Sample> SendAsync(int number, CancellationToken cap)
    {
        var (kind, question) = questions.For(number, monitor.Swapped.IsCompleted);
        if (clients.Count > 1 && number % 4 == 3)
        {
            return SendEventAsync(number, kind, question, cap);
        }

        var replica = (int)((uint)Interlocked.Increment(ref turn) % (uint)clients.Count);
        return SendAsync(number, number % 2 == 0 ? Platform.Discord : Platform.Slack, replica, kind, question, cap);
    }

    /// <summary>One @mention delivered to every replica at once; the sample fails if any delivery does.</summary>
    private async Task<Sample> SendEventAsync(int number, QuestionKind kind, string question, CancellationToken cap)
    {
        var (create, ts) = requests.SlackEvent(question, number);
        var started = clock.Elapsed.TotalMilliseconds;
        var failures = await Task.WhenAll(clients.Select(client => DeliverAsync(client, create(), cap)));
        var latency = clock.Elapsed.TotalMilliseconds - started;
        var failure = failures.FirstOrDefault(f => f is not null);
        if (failure is null && latency > settings.ResponseDeadline.TotalMilliseconds)
        {
            failure = $"late: over the {settings.ResponseDeadline.TotalSeconds:F0} s the platform waits";
        }

        return new Sample(number, Platform.SlackEvent, kind, started, latency, true, StandIn.PlatformStandIn.SlackThreadKey(ts), failure, Replica: -1);
    }

    private async Task<string?> DeliverAsync(HttpClient client, HttpRequestMessage request, CancellationToken cap)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cap);
        timeout.CancelAfter(settings.ResponseDeadline * 3);
        try
        {
            using (request)
            using (var response = await client.SendAsync(request, timeout.Token))
            {
                return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return e is HttpRequestException ? $"no response: {e.Message}" : cap.IsCancellationRequested ? "no response: time cap" : "no response: timed out";
        }
    }

    private async Task<Sample> SendAsync(int number, Platform platform, int replica, QuestionKind kind, string question, CancellationToken cap)
    {
        var client = clients[replica];
        var (request, followUpKey) = platform == Platform.Discord ? requests.Discord(question, number) : requests.Slack(question, number);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cap);
        timeout.CancelAfter(settings.ResponseDeadline * 3);
        var started = clock.Elapsed.TotalMilliseconds;
        try
        {
            using (request)
            using (var response = await client.SendAsync(request, timeout.Token))
            {
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                var latency = clock.Elapsed.TotalMilliseconds - started;
                var failure = ResponseCheck.Check(platform, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, out var deferred);
                if (failure is null && latency > settings.ResponseDeadline.TotalMilliseconds)
                {
                    failure = $"late: over the {settings.ResponseDeadline.TotalSeconds:F0} s the platform waits";
                }

                return new Sample(number, platform, kind, started, latency, deferred, deferred ? followUpKey : null, failure, replica);
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            var why = e is HttpRequestException ? $"no response: {e.Message}" : cap.IsCancellationRequested ? "no response: time cap" : "no response: timed out";
            return new Sample(number, platform, kind, started, clock.Elapsed.TotalMilliseconds - started, false, null, why, replica);
        }
    }
}
