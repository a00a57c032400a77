namespace ChatBot.Core.Languages;

/// <summary>
/// Which typical letters a question holds once lower-cased, found without lower-casing it: every character whose
/// invariant lower case is one of the letters ("Ñ" and "ñ", "ẞ" and "ß", the Ångström sign and "å") points at it.
/// Lower-casing a string maps each character on its own and keeps surrogates surrogates, so one character at a time
/// finds exactly what searching the lower-cased copy found.
/// </summary>
internal sealed class LetterTable
{
    /// <summary>Per character code, one more than the index of the letter it lower-cases to; 0 for none.</summary>
    private readonly byte[] letterOf;

    public LetterTable(char[] letters)
    {
        if (letters.Length >= byte.MaxValue || letters.Any(char.IsSurrogate))
        {
            throw new ArgumentException("Typical letters must be fewer than 255 characters outside the surrogates.", nameof(letters));
        }

        Count = letters.Length;
        var mapped = new List<(char Character, int Letter)>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var letter = Array.IndexOf(letters, ((char)c).ToString().ToLowerInvariant()[0]);
            if (letter >= 0)
            {
                mapped.Add(((char)c, letter));
            }
        }

        letterOf = new byte[mapped.Count == 0 ? 0 : mapped.Max(m => m.Character) + 1];
        foreach (var (character, letter) in mapped)
        {
            letterOf[character] = (byte)(letter + 1);
        }
    }

    /// <summary>How many letters the table knows (the length <see cref="Mark"/> needs).</summary>
    public int Count { get; }

    /// <summary>Sets <paramref name="seen"/>[k] for each letter k that the lower-cased <paramref name="text"/> contains.</summary>
    public void Mark(string text, Span<bool> seen)
    {
        seen.Clear();
        var table = letterOf;
        foreach (var c in text)
        {
            if (c < table.Length && table[c] != 0)
            {
                seen[table[c] - 1] = true;
            }
        }
    }
}
