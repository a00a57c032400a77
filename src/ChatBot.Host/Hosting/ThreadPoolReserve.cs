using ChatBot.Core.Commands;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Sizes the thread pool for admission control. An admitted command can hold a pool thread for its whole answer (CPU
/// work without awaits, synchronous database writes), and the pool adds threads beyond its minimum (one per processor)
/// only slowly when starved: under a burst, reading requests, the inline-budget timers and the deferrals (Discord type 5,
/// Slack acknowledgements) then queue behind the answers and miss the platforms' 3 seconds. So the minimum covers every
/// admitted command, and as many threads again for the request path.
/// </summary>
internal static class ThreadPoolReserve
{
    /// <param name="capacity">The commands admitted at once (<see cref="RequestGate.Capacity"/>).</param>
    public static void For(int capacity)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = 2 * capacity;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }
    }
}
