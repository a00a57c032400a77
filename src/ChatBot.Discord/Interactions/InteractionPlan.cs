using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Interactions;

/// <summary>How to answer one interaction: inline when ready, else <see cref="Deferral"/> now and <see cref="DeliverLater"/>.</summary>
internal sealed record InteractionPlan(
    string Name,
    Func<CancellationToken, Task<Reply>> Dispatch,
    bool DeferAtOnce,
    Func<Reply, InteractionResponse> RespondNow,
    InteractionResponse Deferral,
    Func<Reply, CancellationToken, Task> DeliverLater);
