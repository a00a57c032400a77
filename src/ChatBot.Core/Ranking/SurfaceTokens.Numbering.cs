using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>Numbering texts the index holds no stored words for: a word no text held before gets the next number.</summary>
public sealed partial class SurfaceTokens
{
    /// <summary>
    /// The tokenizer's words of the text, each numbered (a new word gets the next number), read word by word as
    /// <see cref="Tokenizer.Tokenize(string)"/> reads them, without a string or a token per word: only a word no text held
    /// before becomes a string. First reads are most of what numbering costs an answer. Each word's first character is
    /// left in the thread's scratch, for <see cref="SentenceRuns"/>.
    /// </summary>
    private int[] Number(string text)
    {
        var (word, numbers, starts) = scratch ??= (new WordBuffer(), new int[256], new int[256]);
        var count = 0;
        var i = 0;
        // Without stored words every word is looked up in the table, so the lock is taken once for the text.
        var whole = stored is null;
        if (whole)
        {
            gate.Enter();
        }

        try
        {
            while (Tokenizer.Next(text, ref i, text.Length, word, out var start, out _))
            {
                if (count == numbers.Length)
                {
                    Array.Resize(ref numbers, numbers.Length * 2);
                    Array.Resize(ref starts, numbers.Length);
                    scratch = (word, numbers, starts);
                }

                starts[count] = start;
                numbers[count++] = whole ? Numbered(word.Span) : NumberedAfterStored(word.Span);
            }
        }
        finally
        {
            if (whole)
            {
                gate.Exit();
            }
        }

        return numbers.AsSpan(0, count).ToArray();
    }

    private bool IsStored(Passage passage) => stored is not null && passage.Ordinal < stored.Passages;

    private int NumberedAfterStored(ReadOnlySpan<char> word)
    {
        if (stored!.Find(word) is >= 0 and var place)
        {
            return place + 1;
        }

        lock (gate)
        {
            return Numbered(word);
        }
    }

    /// <summary>The word's number in the table, a new one if it has none (the lock held).</summary>
    private int Numbered(ReadOnlySpan<char> word)
    {
        if (!idsByCharacters.TryGetValue(word, out var id))
        {
            id = ++next;
            ids.Add(word.ToString(), id);
        }

        return id;
    }
}
