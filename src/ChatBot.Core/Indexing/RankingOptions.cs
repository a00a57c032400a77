namespace ChatBot.Core.Indexing;

/// <summary>BM25F parameters. Body, section heading and article title are the three fields of a passage.</summary>
public sealed record RankingOptions
{
    public float K1 { get; init; } = 1.2f;
    public float BodyWeight { get; init; } = 1.0f;
    public float BodyB { get; init; } = 0.75f;
    public float HeadingWeight { get; init; } = 0.6f;
    public float HeadingB { get; init; } = 0.5f;
    public float TitleWeight { get; init; } = 0.35f;
    public float TitleB { get; init; } = 0.5f;

    public static RankingOptions Default { get; } = new();
}
