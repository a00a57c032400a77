namespace ChatBot.Storage.Redis.SharedState;

/// <summary>Redis as <c>/readyz</c> shows it; <see cref="Shared"/> false means rate limits, de-duplication and the answer cache are per replica.</summary>
public sealed record RedisReadinessReport(string State, bool Shared);

