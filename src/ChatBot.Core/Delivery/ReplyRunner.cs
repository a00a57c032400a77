using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;

namespace ChatBot.Core.Delivery;

/// <summary>
/// Answers within the platform's budget, otherwise defers and delivers later — for every request of both platforms.
/// It is also the one catch-all between a chat user and the bot: whatever fails in the work becomes one
/// <see cref="IBotTelemetry.CommandFailed"/> and a short apology, never a stack trace or a silent "thinking…".
/// A host shutdown calls <see cref="ShutdownAsync"/>: answers get a grace period, then the work still running is
/// cancelled so each deferred message becomes a "please ask again" notice, then delivery itself is cancelled.
/// Whether a command's reply will surely miss the budget (an LLM answers, a picture is drawn) is decided here, from the
/// job's <see cref="ReplyJob.Request"/>, so deferring at once costs no call back into the command layer. A request
/// the channel allow-list refuses is never deferred at once: a deferral's visibility is fixed when it is sent, so a
/// public deferral would make the refusal public in a channel the bot must stay out of.
/// </summary>
public sealed class ReplyRunner(TimeProvider time, IBotTelemetry? telemetry = null, ISlowReplyPolicy? slowReplies = null, IRequestGate? gate = null) : IDisposable
{
    public const string FailureText = "Sorry, something went wrong on our side. Please try again in a moment.";
    public const string RestartText = "The bot is restarting and could not finish this answer. Please ask again in a minute.";

    /// <summary>How long a shutdown gives the "please ask again" notices once the work still running is cancelled.</summary>
    public static readonly TimeSpan NoticePeriod = TimeSpan.FromSeconds(5);

    /// <summary>How long a later delivery waits for the platform to have the deferral (Discord's edit needs it).</summary>
    private static readonly TimeSpan AcknowledgementWait = TimeSpan.FromSeconds(3);

    private readonly IBotTelemetry telemetry = telemetry ?? NullBotTelemetry.Instance;
    private readonly PendingDeliveries pending = new();

    /// <summary>Replies started and not yet delivered.</summary>
    public int Pending => pending.Count;

    /// <summary>The first response: the reply when it is ready within the budget, else the port's deferral (the reply follows).</summary>
    public async Task<TResponse> RespondAsync<TResponse>(ReplyJob job, IReplyPort<TResponse> port, CancellationToken cancellationToken = default)
    {
        var deferAtOnce = job.Request is { } request && ExpectsSlowReply(job, request)
            && gate?.RefuseChannel(request.Platform, request.ChannelId, request.IsDirectMessage) is null;
        var work = CancellationTokenSource.CreateLinkedTokenSource(pending.WorkToken);

        // On the thread pool: work that completes without awaiting would otherwise run to its end right here, before
        // the budget is even looked at.
        var reply = Task.Run(() => GuardAsync(job, work.Token), CancellationToken.None);
        if (!deferAtOnce && await CompletedWithinAsync(reply, job.Budget - time.GetElapsedTime(job.ReceivedAt), cancellationToken))
        {
            work.Dispose();
            return await RespondNowAsync(job, port, await reply, cancellationToken);
        }

        work.CancelAfter(port.DeliveryWindow);
        pending.Track(DeliverLaterAsync(job, reply, port.Acknowledged, port.DeliverLaterAsync, work));
        return port.Deferral;
    }

    /// <summary>Work whose reply always goes later (a mention, a button press acknowledged empty): tracked, guarded, drained on shutdown.</summary>
    public void Defer(ReplyJob job, Func<Reply, CancellationToken, Task> deliver)
    {
        var work = CancellationTokenSource.CreateLinkedTokenSource(pending.WorkToken);
        var reply = Task.Run(() => GuardAsync(job, work.Token), CancellationToken.None);
        pending.Track(DeliverLaterAsync(job, reply, Task.CompletedTask, deliver, work));
    }

    /// <summary>Background work that is not one reply (an event to handle): tracked, guarded and drained like replies.</summary>
    public void Run(ChatPlatform platform, string name, Func<CancellationToken, Task> work)
    {
        var token = pending.WorkToken;
        pending.Track(Task.Run(async () =>
        {
            try
            {
                await work(token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Shutdown: nothing is owed to anyone for background work.
            }
            catch (Exception exception)
            {
                telemetry.CommandFailed(platform, name, exception);
            }
        }, CancellationToken.None));
    }

    /// <returns>True when every pending reply was delivered within <paramref name="gracePeriod"/>.</returns>
    public async Task<bool> ShutdownAsync(TimeSpan gracePeriod, CancellationToken cancellationToken = default)
    {
        if (await pending.DrainAsync(gracePeriod, time, cancellationToken))
        {
            return true;
        }

        await pending.CancelWorkAsync();
        await pending.DrainAsync(NoticePeriod, time, cancellationToken);
        await pending.CancelDeliveryAsync();
        return false;
    }

    /// <summary>Completes when nothing is pending (tests, and callers that must not stop mid-delivery).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default) => pending.WhenIdleAsync(cancellationToken);

    public void Dispose() => pending.Dispose();

    /// <summary>True when the reply will surely miss the budget: an LLM answers it, or a picture is drawn (neither platform takes a file in its first response).</summary>
    public bool ExpectsSlowReply(CommandRequest request) => (slowReplies?.IsSlow(request) ?? false) || TimelinePictures.IsRequested(request);

    private bool ExpectsSlowReply(ReplyJob job, CommandRequest request)
    {
        try
        {
            return ExpectsSlowReply(request);
        }
        catch (Exception exception)
        {
            // Not knowing is the slow case: deferring at once is always safe.
            telemetry.CommandFailed(job.Platform, job.Name, exception);
            return true;
        }
    }

    private async Task<Reply> GuardAsync(ReplyJob job, CancellationToken cancellationToken)
    {
        try
        {
            return await job.Work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Reply.Error(RestartText);
        }
        catch (Exception exception)
        {
            telemetry.CommandFailed(job.Platform, job.Name, exception);
            return Reply.Error(FailureText);
        }
    }

    private async Task<bool> CompletedWithinAsync(Task task, TimeSpan budget, CancellationToken cancellationToken)
    {
        if (task.IsCompleted || budget <= TimeSpan.Zero)
        {
            return task.IsCompleted;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var winner = await Task.WhenAny(task, Task.Delay(budget, time, stop.Token));
        await stop.CancelAsync();
        return winner == task;
    }

    private async Task<TResponse> RespondNowAsync<TResponse>(ReplyJob job, IReplyPort<TResponse> port, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            return await port.NowAsync(reply, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            telemetry.CommandFailed(job.Platform, job.Name, exception);
            return await port.NowAsync(Reply.Error(FailureText), cancellationToken);
        }
    }

    private async Task DeliverLaterAsync(ReplyJob job, Task<Reply> replyTask, Task acknowledged, Func<Reply, CancellationToken, Task> deliver, CancellationTokenSource work)
    {
        using (work)
        {
            var reply = await replyTask;
            if (!acknowledged.IsCompleted)
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(pending.DeliveryToken);
                await Task.WhenAny(acknowledged, Task.Delay(AcknowledgementWait, time, stop.Token));
                await stop.CancelAsync();
            }

            try
            {
                await deliver(reply, pending.DeliveryToken);
            }
            catch (Exception exception)
            {
                telemetry.DeliveryFailed(job.Platform, job.Name, exception);
            }
        }
    }
}
