namespace ChatBot.Core.Timeline;

/// <summary>
/// Where a timeline event is stated: the article, passage and exact sentence. A loaded source holds its quote as a
/// slice of the article, like its event's text, and makes <see cref="Quote"/> when it is read.
/// </summary>
public sealed record TimelineSource
{
    private readonly SentenceText quote;

    public TimelineSource(string articleId, string passageId, int start, int length, string quote)
        : this(articleId, passageId, start, length, SentenceText.Of(quote))
    {
    }

    internal TimelineSource(string articleId, string passageId, int start, int length, SentenceText quote)
    {
        ArticleId = articleId;
        PassageId = passageId;
        Start = start;
        Length = length;
        this.quote = quote;
    }

    public string ArticleId { get; init; }

    public string PassageId { get; init; }

    public int Start { get; init; }

    public int Length { get; init; }

    public string Quote
    {
        get => quote.Value;
        init => quote = SentenceText.Of(value);
    }

    internal SentenceText QuoteText => quote;

    public void Deconstruct(out string articleId, out string passageId, out int start, out int length, out string quote)
    {
        articleId = ArticleId;
        passageId = PassageId;
        start = Start;
        length = Length;
        quote = Quote;
    }

    public bool Equals(TimelineSource? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(ArticleId, other.ArticleId, StringComparison.Ordinal) && string.Equals(PassageId, other.PassageId, StringComparison.Ordinal)
            && Start == other.Start && Length == other.Length && quote.Equals(other.quote));

    public override int GetHashCode() => HashCode.Combine(ArticleId, PassageId, Start, Length, quote);
}
