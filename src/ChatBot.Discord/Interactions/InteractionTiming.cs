namespace ChatBot.Discord.Interactions;

/// <summary>
/// When an interaction arrived (a <see cref="TimeProvider"/> timestamp, taken before its body was read) and a task that
/// completes once the first response has been sent: the inline budget counts from the arrival, not from when the
/// handler got to run, and a deferred answer is delivered only after its deferral.
/// </summary>
internal sealed record InteractionTiming(long ReceivedAt, Task ResponseSent);
