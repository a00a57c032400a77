using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A run of whole sentences from one paragraph. <see cref="Start"/> and the sentence spans are offsets in the
/// article's text, so any quote can be traced back to the exact characters.
/// </summary>
/// <remarks>
/// A large index holds one of these per passage, so it keeps few fields: the id is made from the article id and the
/// passage's number when read (a string per passage was a quarter of the passages' memory), the text is a slice of the
/// article's, and the kind shares a field with that number.
/// </remarks>
public sealed record Passage
{
    private const int KindBits = 8;
    private const int KindMask = (1 << KindBits) - 1;

    public Passage()
    {
    }

    /// <summary>A passage sliced from its article, its id the usual "{articleId}#p{n}" unless <paramref name="id"/> says otherwise.</summary>
    // Id and ArticleId are read from fields the compiler does not connect to them (the article id, the number).
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal Passage(int ordinal, string articleId, int numberInArticle, int articleOrdinal, int blockIndex, BlockKind kind, int start, int length,
        CompactText articleText, string? heading, SentenceSpans sentences, string? id = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numberInArticle);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numberInArticle, int.MaxValue >> KindBits);
        Ordinal = ordinal;
        this.articleId = articleId;
        numberAndKind = (numberInArticle << KindBits) | (int)(byte)kind;
        this.id = id;
        ArticleOrdinal = articleOrdinal;
        BlockIndex = blockIndex;
        Start = start;
        Length = length;
        characters = articleText;
        Heading = heading;
        Sentences = sentences;
    }
#pragma warning restore CS8618

    /// <summary>Position in <see cref="CorpusIndex.Passages"/>.</summary>
    public required int Ordinal { get; init; }

    /// <summary>"{articleId}#p{n}", n counting from 1 within the article.</summary>
    public required string Id
    {
        get => id ?? MakeId(articleId, NumberInArticle);
        init => id = value;
    }

    public required string ArticleId
    {
        get => articleId;
        init
        {
            // A copy moved to another article keeps the id it had (the id is otherwise made from the article's).
            id ??= NumberInArticle > 0 ? MakeId(articleId, NumberInArticle) : null;
            articleId = value;
        }
    }

    public required int ArticleOrdinal { get; init; }

    /// <summary>Index of the paragraph in <see cref="Article.Blocks"/>.</summary>
    public required int BlockIndex { get; init; }

    public required BlockKind Kind
    {
        get => (BlockKind)(numberAndKind & KindMask);
        init => numberAndKind = (numberAndKind & ~KindMask) | (int)(byte)value;
    }

    public required int Start { get; init; }
    public required int Length { get; init; }

    /// <summary>
    /// The passage's characters. A passage keeps only a reference to its article's text and slices it when asked, so an
    /// index holds the corpus text once (a copy per passage doubled the memory of a large corpus and the time to load it).
    /// </summary>
    public string Text
    {
        get => characters switch
        {
            string own => own,
            CompactText article => article.Slice(Start, Length),
            _ => "",
        };
        init => characters = value;
    }

    /// <summary>
    /// The article text the passage is a slice of (<see cref="Start"/>, <see cref="Length"/>), set instead of <see cref="Text"/>;
    /// a passage holding its own text keeps it (its own text is what is read, whichever was set first).
    /// </summary>
    internal CompactText ArticleText
    {
        init => characters = characters as string ?? (object)value;
    }

    // The passage's own text (a string) or its article's (a CompactText): one field, as only one is ever read.
    private readonly object? characters;
    private readonly string articleId = "";

    // Set when the id is not the one made from the article id and the number (or there is no number).
    private readonly string? id;

    // The number in the article (0 when the passage was made with an id instead) above the kind's eight bits.
    private readonly int numberAndKind;

    /// <summary>The passage's characters (a slice of the article's widened text, which is cached while it is in use).</summary>
    internal ReadOnlySpan<char> Characters => characters switch
    {
        string own => own,
        CompactText article => article.Value.AsSpan(Start, Length),
        _ => default,
    };

    /// <summary>The n of "{articleId}#p{n}" when the id is made from it, else 0.</summary>
    internal int NumberInArticle => id is null ? numberAndKind >>> KindBits : 0;

    /// <summary>The nearest heading above the passage, if the article has headings.</summary>
    public string? Heading { get; init; }
    /// <summary>The sentences' spans in the article's text: a run of an array shared with other passages.</summary>
    public required SentenceSpans Sentences { get; init; }

    public int End => Start + Length;

    /// <summary>
    /// Equal when every property is (the text compared by content, however it is held), the sentence spans by where they
    /// are held: passages of one index only — a built passage and its loaded copy hold their spans apart and are not equal.
    /// </summary>
    public bool Equals(Passage? other) =>
        other is not null && Ordinal == other.Ordinal && IdEquals(other) && ArticleId == other.ArticleId && ArticleOrdinal == other.ArticleOrdinal
        && BlockIndex == other.BlockIndex && Kind == other.Kind && Start == other.Start && Length == other.Length && Heading == other.Heading
        && Sentences.Equals(other.Sentences) && Characters.SequenceEqual(other.Characters);

    /// <summary>The hash of (Ordinal, Id, Start, Length), the id's hashed without making its string.</summary>
    public override int GetHashCode() => HashCode.Combine(Ordinal, IdHash(), Start, Length);

    public static string MakeId(string articleId, int numberInArticle) => $"{articleId}#p{numberInArticle}";

    // Made ids are equal exactly when article id and number are: the number's digits follow the last "#p".
    private bool IdEquals(Passage other) =>
        id is null && other.id is null ? numberAndKind >>> KindBits == other.numberAndKind >>> KindBits && articleId == other.articleId : Id == other.Id;

    private int IdHash()
    {
        if (id is not null)
        {
            return id.GetHashCode();
        }

        Span<char> number = stackalloc char[11];
        var digits = Digits(number);
        var length = articleId.Length + 2 + digits.Length;
        var made = length <= 256 ? stackalloc char[length] : new char[length];
        articleId.CopyTo(made);
        "#p".CopyTo(made[articleId.Length..]);
        digits.CopyTo(made[(articleId.Length + 2)..]);
        return string.GetHashCode(made);
    }

    private ReadOnlySpan<char> Digits(Span<char> buffer)
    {
        (numberAndKind >>> KindBits).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return buffer[..written];
    }
}
