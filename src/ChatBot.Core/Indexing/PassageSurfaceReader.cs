using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A passage's words for <see cref="PassageWords"/>, as the tokenizer reads the passage's text alone, numbered by the
/// build's word table. The body read that <see cref="ArticleReader"/> has just made reads the same words unless the
/// character before the passage is a letter: the tokenizer looks behind a word only there (a dotted acronym's letter
/// must not follow one) and never past the end it is given. Such a passage is read again on its own; any other costs
/// nothing but a copy of the word numbers the body read found. One per reader (thread).
/// </summary>
internal sealed class PassageSurfaceReader(IndexVocabulary vocabulary)
{
    private readonly WordBuffer buffer = new();
    private readonly List<int> ids = [];
    private readonly List<int> starts = [];

    /// <param name="text">The article's text.</param>
    /// <param name="read">The words the body read met, in order.</param>
    /// <param name="readStarts">Where each starts in <paramref name="text"/>.</param>
    // Optimized at once, like the build's other per-passage methods (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (ArraySegment<int> Words, int[] Runs) Read(ChunkWriter<int> kept, ReadOnlySpan<char> text, Passage passage, List<IndexWord> read, List<int> readStarts)
    {
        ids.Clear();
        starts.Clear();
        var own = text.Slice(passage.Start, passage.Length);
        if (passage.Start == 0 || !char.IsLetter(text[passage.Start - 1]))
        {
            for (var w = 0; w < read.Count; w++)
            {
                ids.Add(read[w].Id);
                starts.Add(readStarts[w] - passage.Start);
            }
        }
        else
        {
            var i = 0;
            while (Tokenizer.Next(own, ref i, own.Length, buffer, out var start, out _))
            {
                ids.Add(vocabulary.Word(buffer.Span).Id);
                starts.Add(start);
            }
        }

        var runs = passage.Sentences.Count == 0 ? [] : SentenceRuns.Within(passage.Sentences, passage.Start, own, CollectionsMarshal.AsSpan(starts));
        return (kept.Keep(CollectionsMarshal.AsSpan(ids)), runs);
    }
}
