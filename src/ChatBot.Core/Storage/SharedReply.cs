using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>A reply kept for "Share to channel" under its content-derived id (<see cref="ReplyJson.IdOf"/>).</summary>
public sealed record SharedReply(string Id, Reply Reply);
