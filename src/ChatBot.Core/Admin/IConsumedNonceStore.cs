namespace ChatBot.Core.Admin;

/// <summary>The nonces of sign-in links already used, kept until the link would have expired anyway.</summary>
public interface IConsumedNonceStore
{
    /// <summary>
    /// Marks the nonce used and returns true, or returns false when it was used before. Atomic: of two requests with
    /// the same link, one gets true. Throws <see cref="Storage.StorageUnavailableException"/> when it cannot tell.
    /// </summary>
    ValueTask<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);
}
