namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// The token buckets of <see cref="Core.Commands.RequestGate"/> in Redis, taken in order (the user's or the press
/// bucket, then the channel's, then everyone's) and refilled in one script, so two replicas never both take the last
/// token. A bucket's state is a hash: <c>t</c> tokens (fractional), <c>s</c> when they were counted (Unix ms). It
/// expires once it would be full again, which is the same as a new bucket. Like the local gate, a token taken from
/// an earlier bucket stays taken when a later one refuses.
/// </summary>
internal static class TokenBucketScript
{
    /// <summary>
    /// KEYS: the buckets in order. ARGV[1]: now (Unix ms); then per bucket its burst and its period (ms per token).
    /// Returns { 0, 0 } when every bucket gave a token, or { refusing bucket (1-based), ms until its next token }.
    /// A clock behind the one that last counted a bucket refills nothing rather than taking tokens back.
    /// </summary>
    public const string Source = """
        local now = tonumber(ARGV[1])
        for i, key in ipairs(KEYS) do
          local limit = tonumber(ARGV[2 * i])
          local period = tonumber(ARGV[2 * i + 1])
          local stored = redis.call('HMGET', key, 't', 's')
          local tokens = tonumber(stored[1]) or limit
          local since = tonumber(stored[2]) or now
          if now > since then
            tokens = math.min(limit, tokens + (now - since) / period)
            since = now
          end
          if tokens < 1 then
            return { i, math.ceil(period * (1 - tokens)) }
          end
          tokens = tokens - 1
          redis.call('HSET', key, 't', tostring(tokens), 's', tostring(since))
          redis.call('PEXPIRE', key, math.ceil((limit - tokens) * period) + 1000)
        end
        return { 0, 0 }
        """;
}
