using ChatBot.Core.Commands;

namespace ChatBot.Core.Delivery;

/// <summary>
/// The work behind one request: <see cref="Work"/> produces the reply (a dispatch). <see cref="ReceivedAt"/> is a
/// <see cref="TimeProvider"/> timestamp taken when the request arrived, so time spent before the runner got it is not
/// given twice; <see cref="Budget"/> is how long the platform waits for the first response.
/// </summary>
public sealed record ReplyJob(ChatPlatform Platform, string Name, Func<CancellationToken, Task<Reply>> Work)
{
    public long ReceivedAt { get; init; }

    public TimeSpan Budget { get; init; }

    /// <summary>The command behind the work, when it is one: <see cref="ReplyRunner"/> reads from it whether to defer at once.</summary>
    public CommandRequest? Request { get; init; }
}
