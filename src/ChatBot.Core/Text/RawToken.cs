namespace ChatBot.Core.Text;

/// <summary>A word as it appears in the text: its folded form and where it sits.</summary>
public readonly record struct RawToken(string Folded, int Start, int Length)
{
    public int End => Start + Length;

    public bool IsNumber => Folded.Length > 0 && char.IsAsciiDigit(Folded[0]);
}
