namespace ChatBot.Core.Text;

/// <summary>
/// The folded characters of the word being read, in a reused array, so reading a word allocates nothing; a string is
/// made only when the caller keeps the word. Not thread-safe: one per thread.
/// </summary>
internal sealed class WordBuffer
{
    private char[] chars = new char[32];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
        }

        chars[Length++] = c;
    }

    public void Append(string s)
    {
        foreach (var c in s)
        {
            Append(c);
        }
    }

    public override string ToString() => new(Span);
}
