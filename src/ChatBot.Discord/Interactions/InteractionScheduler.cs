using ChatBot.Core.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Keeps Discord's 3-second rule: starts the dispatch, answers inline if the reply is ready within the budget (or
/// defers at once when a slow reply is expected), otherwise returns the deferral and delivers the reply later. The
/// budget counts from the interaction's arrival, so time spent before the handler ran (a busy server) is not given twice.
/// </summary>
internal sealed partial class InteractionScheduler(DiscordPendingReplies pending, TimeProvider time, IOptions<DiscordOptions> options, ILogger<InteractionScheduler> logger)
{
    /// <summary>Interaction tokens last 15 minutes; stop working on an answer a little before.</summary>
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    public async Task<InteractionResponse> RunAsync(InteractionPlan plan, InteractionTiming timing)
    {
        using var budget = new CancellationTokenSource();
        var remaining = options.Value.InlineReplyBudget - time.GetElapsedTime(timing.ReceivedAt);
        var budgetElapsed = plan.DeferAtOnce || remaining <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(remaining, time, budget.Token);

        var work = CancellationTokenSource.CreateLinkedTokenSource(pending.WorkToken);
        // On the thread pool: an answer computed without awaiting (no model, just the index) would otherwise run to
        // the end right here, before the budget is even looked at, and a slow one would miss Discord's 3 seconds.
        var reply = Task.Run(() => SafeDispatch.RunAsync(plan.Dispatch, work.Token, logger), CancellationToken.None);
        await Task.WhenAny(reply, budgetElapsed);
        await budget.CancelAsync();
        if (reply.IsCompleted)
        {
            work.Dispose();
            return plan.RespondNow(reply.Result);
        }

        // Only a deferred reply needs the deadline timer; the inline path stays cheap.
        work.CancelAfter(TokenLifetime);
        LogDeferred(plan.Name);
        pending.Track(DeliverLaterAsync(plan, reply, timing.ResponseSent, work));
        return plan.Deferral;
    }

    private async Task DeliverLaterAsync(InteractionPlan plan, Task<Reply> replyTask, Task responseSent, CancellationTokenSource work)
    {
        using (work)
        {
            var reply = await replyTask;

            // Discord must have our deferral before the edit, or the edit finds no message.
            await Task.WhenAny(responseSent, Task.Delay(TimeSpan.FromSeconds(3), time, pending.DeliveryToken));
            try
            {
                await plan.DeliverLater(reply, pending.DeliveryToken);
            }
            catch (Exception exception)
            {
                LogDeliveryFailed(plan.Name, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deferred {Interaction}: the reply was not ready within the budget")]
    private partial void LogDeferred(string interaction);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not deliver the deferred reply for {Interaction}")]
    private partial void LogDeliveryFailed(string interaction, Exception exception);
}
