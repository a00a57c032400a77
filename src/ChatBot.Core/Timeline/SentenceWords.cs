using System.Buffers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Groups of the content words of one sentence (the distinct lower-case words of more than two letters that are not
/// stopwords), compared without a string or a hash set per word: the words are lower-cased in place into one pooled
/// copy of the sentence and a group is a list of where its words sit there, with their hash to compare cheaply.
/// Overlap and union are all <see cref="SentenceEvents"/> needs, so a word repeated in a group does no harm.
/// </summary>
internal sealed class SentenceWords : IDisposable
{
    private readonly string sentence;
    private readonly char[] lowered;
    private readonly List<List<Word>> groups = [];

    public SentenceWords(string sentence)
    {
        this.sentence = sentence;
        lowered = ArrayPool<char>.Shared.Rent(sentence.Length);
    }

    /// <summary>A new group holding the content words of sentence[start, start + length); returns its number.</summary>
    public int Read(int start, int length)
    {
        var group = new List<Word>();
        foreach (var match in SentenceEvents.Word().EnumerateMatches(sentence.AsSpan(start, length)))
        {
            var at = start + match.Index;
            var lower = lowered.AsSpan(at, match.Length);
            sentence.AsSpan(at, match.Length).ToLowerInvariant(lower);
            if (lower.Length > 2 && !Stopwords.Contains((ReadOnlySpan<char>)lower))
            {
                group.Add(new Word(string.GetHashCode(lower), at, match.Length));
            }
        }

        groups.Add(group);
        return groups.Count - 1;
    }

    /// <summary>Whether the two groups share a word.</summary>
    public bool Overlap(int first, int second)
    {
        foreach (var a in groups[first])
        {
            foreach (var b in groups[second])
            {
                if (a.Hash == b.Hash && Text(a).SequenceEqual(Text(b)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds the words of <paramref name="from"/> to <paramref name="into"/>.</summary>
    public void Join(int into, int from) => groups[into].AddRange(groups[from]);

    public void Dispose() => ArrayPool<char>.Shared.Return(lowered);

    private ReadOnlySpan<char> Text(Word word) => lowered.AsSpan(word.Start, word.Length);

    private readonly record struct Word(int Hash, int Start, int Length);
}
