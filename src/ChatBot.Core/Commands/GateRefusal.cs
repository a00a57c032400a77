namespace ChatBot.Core.Commands;

/// <summary>Why a request was refused by the gate ("user", "channel") and the polite reply to send instead.</summary>
public sealed record GateRefusal(string Scope, Reply Reply);
