using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage.Copying;

/// <summary>A reply kept for "Share to channel" under its id (<see cref="ReplyJson.IdOf"/>) and when it was kept.</summary>
public sealed record CopiedReply(string Id, DateTimeOffset At, Reply Reply);
