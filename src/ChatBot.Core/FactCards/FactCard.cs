namespace ChatBot.Core.FactCards;

/// <summary>
/// A reviewed set of cited facts moderators can post. <see cref="Version"/> counts saved revisions (optimistic
/// concurrency: a save names the version it was based on). Deletes are soft: <see cref="IsDeleted"/> hides the
/// card and its history stays. <see cref="NeedsReview"/> is set when the corpus changed under its quotes and is
/// cleared only by a moderator saving the card again. Actors are "platform:userId" (or "cli:name", "system").
/// </summary>
public sealed record FactCard
{
    public required string Slug { get; init; }
    public required FactCardContent Content { get; init; }
    public required int Version { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string UpdatedBy { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When a moderator last saved the content (flagging by the system is not a review).</summary>
    public DateTimeOffset? LastReviewedAt { get; init; }
    public bool IsDeleted { get; init; }
    public bool NeedsReview { get; init; }

    /// <summary>Why the card needs review, for moderators ("fact 2: the quote is no longer in article …").</summary>
    public string? ReviewNote { get; init; }
}
