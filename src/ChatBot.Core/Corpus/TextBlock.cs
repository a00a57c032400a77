namespace ChatBot.Core.Corpus;

/// <summary>A paragraph or heading of an article, located by character offsets in <see cref="Article.Text"/>.</summary>
public sealed record TextBlock(int Index, BlockKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
