using System.Collections.Concurrent;

using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;

namespace ChatBot.UnitTests.Delivery;

/// <summary>A platform that answers with strings: "now: …" inline, "deferred" as the deferral, and records later deliveries.</summary>
internal sealed class FakeReplyPort : IReplyPort<string>
{
    private readonly TaskCompletionSource<Reply> firstDelivery = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Deferral => "deferred";

    public Task Acknowledged { get; init; } = Task.CompletedTask;

    public TimeSpan DeliveryWindow => TimeSpan.FromMinutes(14);

    /// <summary>When set, every later delivery throws this.</summary>
    public Exception? DeliveryFailure { get; init; }

    public ConcurrentQueue<Reply> Now { get; } = new();

    public ConcurrentQueue<Reply> Later { get; } = new();

    public Task<Reply> FirstDelivery => firstDelivery.Task;

    public Task<string> NowAsync(Reply reply, CancellationToken cancellationToken)
    {
        Now.Enqueue(reply);
        return Task.FromResult($"now: {reply.Body}");
    }

    public Task DeliverLaterAsync(Reply reply, CancellationToken cancellationToken)
    {
        Later.Enqueue(reply);
        firstDelivery.TrySetResult(reply);
        return DeliveryFailure is null ? Task.CompletedTask : Task.FromException(DeliveryFailure);
    }
}
