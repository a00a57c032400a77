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
        /// the others are only counted in their sentence, found from their positions alone.
        /// </summary>
        public void Marked(ReadOnlySpan<int> marks, ReadOnlySpan<int> starts)
        {
            // Locals, not this struct's fields: the loop runs once a word and the fields would be read through 'this' each time.
            var at = positions;
            var words = terms.Length;
            var counts = sentences;
            var sentence = 0;
            var next = starts.Length > 1 ? starts[1] : int.MaxValue;
            var from = 0;
            var m = 0;
            var mark = marks.Length > 0 ? marks[0] : -1;
            for (var t = 0; t < words; t++)
            {
                var position = at[t];
                if (position >= next)
                {
                    while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
                    {
                        counts[sentence++].ContentTokens = t - from;
                        from = t;
                    }

                    next = sentence + 1 < starts.Length ? starts[sentence + 1] : int.MaxValue;
                }

                if (t == mark)
                {
                    Word(t, sentence);
                    mark = ++m < marks.Length ? marks[m] : -1;
                }
            }

            counts[sentence].ContentTokens = words - from;
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
            foreach (var (concept, matchQuality) in matches)
            {
                ref var slot = ref quality[(sentence * concepts) + concept];
                slot = MathF.Max(slot, matchQuality);
                occurrences.Add((positions[t], concept));
            }
        }
    }
}
