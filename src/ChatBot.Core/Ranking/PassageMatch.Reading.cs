using ChatBot.Core.Indexing;

namespace ChatBot.Core.Ranking;

// The pass over a passage's words: every word, or only those a search's walk marked, to the same counts and lists.
public sealed partial class PassageMatch
{
    private readonly ref struct Reading(
        InvertedIndex index,
        QuestionProfile question,
        NarrowIntSpan terms,
        NarrowIntSpan positions,
        SentenceMatch[] sentences,
        Span<float> quality,
        List<(int Position, int Concept)> occurrences,
        List<int> numbers)
    {
        private readonly NarrowIntSpan terms = terms;
        private readonly NarrowIntSpan positions = positions;
        private readonly Span<float> quality = quality;

        /// <summary>Every word, each given to a sentence moving forward only while the next one starts at or before it.</summary>
        public void Every(ReadOnlySpan<int> starts)
        {
            var sentence = 0;
            for (var t = 0; t < terms.Length; t++)
            {
                while (sentence + 1 < starts.Length && starts[sentence + 1] <= positions[t])
                {
                    sentence++;
                }

                sentences[sentence].ContentTokens++;
                Word(t, sentence);
            }
        }

        /// <summary>
        /// The same, looking up only the words a walk marked (every one standing for a term of the plan, or a number):
        /// the others are only counted in their sentence, which the positions (ascending, as the words stand) tell
        /// without visiting them — the first word of each sentence is found by a vector search from where the one before began.
        /// </summary>
        public void Marked(ReadOnlySpan<int> marks, ReadOnlySpan<int> starts)
        {
            var words = terms.Length;
            var from = 0;
            var m = 0;
            var last = Math.Max(1, starts.Length) - 1;
            for (var sentence = 0; sentence <= last; sentence++)
            {
                var to = sentence < last ? FirstAtOrAfter(from, words, starts[sentence + 1]) : words;
                sentences[sentence].ContentTokens = to - from;
                for (; m < marks.Length && marks[m] < to; m++)
                {
                    Word(marks[m], sentence);
                }

                from = to;
            }
        }

        /// <summary>
        /// The first word in [<paramref name="from"/>, <paramref name="to"/>) at or past <paramref name="position"/>
        /// (<paramref name="to"/> if none): positions ascend, so it is the first in the range [position, largest]. A
        /// vector search from where the sentence starts — a sentence is a few vectors of words at most — where a binary
        /// search over the rest of the passage mispredicted a step in two.
        /// </summary>
        private int FirstAtOrAfter(int from, int to, int position)
        {
            if (position <= 0)
            {
                return from;
            }

            var found = positions.Width switch
            {
                1 => position > byte.MaxValue ? -1 : positions.Stored<byte>()[from..to].IndexOfAnyInRange((byte)position, byte.MaxValue),
                2 => position > ushort.MaxValue ? -1 : positions.Stored<ushort>()[from..to].IndexOfAnyInRange((ushort)position, ushort.MaxValue),
                _ => positions.Stored<int>()[from..to].IndexOfAnyInRange(position, int.MaxValue),
            };
            return found < 0 ? to : from + found;
        }

        private void Word(int t, int sentence)
        {
            var term = terms[t];
            if (!question.TryConcepts(term, out var matches))
            {
                if (index.IsNumber(term))
                {
                    numbers.Add(positions[t]);
                }

                return;
            }

            sentences[sentence].MatchedTokens++;
            var concepts = question.Concepts.Count;
            // As a span: no enumerator checking the list's version for every match of every marked word.
            foreach (var (concept, matchQuality) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches))
            {
                ref var slot = ref quality[(sentence * concepts) + concept];
                slot = MathF.Max(slot, matchQuality);
                occurrences.Add((positions[t], concept));
            }
        }
    }
}
