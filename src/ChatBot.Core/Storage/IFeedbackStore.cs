namespace ChatBot.Core.Storage;

/// <summary>Stores feedback; one vote per user per answer (a second vote replaces the first).</summary>
public interface IFeedbackStore
{
    /// <exception cref="StorageUnavailableException">The vote could not be stored (the database is unavailable).</exception>
    ValueTask RecordAsync(Feedback feedback, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<Feedback>> ListAsync(string answerId, CancellationToken cancellationToken = default);
}
