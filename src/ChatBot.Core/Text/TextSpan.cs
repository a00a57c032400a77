namespace ChatBot.Core.Text;

/// <summary>A range of characters in a text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Slice(string text) => text.Substring(Start, Length);
}
