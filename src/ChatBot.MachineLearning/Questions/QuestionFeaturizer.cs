namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// The text featuriser's output for one question, computed directly: the question folded as the normaliser folds it,
/// character trigrams of the folded text between a start and an end marker, word unigrams and bigrams of its
/// space-separated words, each part's counts scaled to unit L2 norm, character part first. The result is the sparse
/// vector ML.NET builds, entry for entry and bit for bit, in <see cref="FeatureScratch.Indices"/> and
/// <see cref="FeatureScratch.Values"/>.
/// </summary>
internal sealed class QuestionFeaturizer(CharacterFolding folding, NgramVocabulary vocabulary)
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    // The character tokenizer reads U+0000 as a missing key: no trigram holding it is ever counted.
    private const char Missing = '\0';

    /// <summary>
    /// Fills the scratch's entries and returns their count, or -1 when a part has so many n-grams that ML.NET's
    /// vector builder might switch to a dense vector (over a thousand on the committed model): those go to the engine.
    /// </summary>
    public int Featurize(ReadOnlySpan<char> question, FeatureScratch scratch)
    {
        var text = scratch.Text;
        var length = folding.Fold(question, text);
        var folded = text.AsSpan(0, length);

        var characterHits = CountTrigrams(folded, scratch.CharacterHits);
        var wordHits = CountWords(folded, scratch.WordHits);
        if (characterHits > (vocabulary.CharacterSlots / 2) - 2 || wordHits > (vocabulary.WordSlots / 2) - 2)
        {
            return -1;
        }

        var count = Normalise(scratch.CharacterHits.AsSpan(0, characterHits), 0, scratch.Indices, scratch.Values, 0);
        return Normalise(scratch.WordHits.AsSpan(0, wordHits), vocabulary.CharacterSlots, scratch.Indices, scratch.Values, count);
    }

    private int CountTrigrams(ReadOnlySpan<char> folded, int[] hits)
    {
        // An empty text has no markers either.
        if (folded.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        var first = StartMarker;
        var second = folded[0];
        for (var i = 1; i <= folded.Length; i++)
        {
            var third = i < folded.Length ? folded[i] : EndMarker;
            if (first != Missing && second != Missing && third != Missing)
            {
                var slot = vocabulary.Trigram(first, second, third);
                if (slot >= 0)
                {
                    hits[count++] = slot;
                }
            }

            first = second;
            second = third;
        }

        return count;
    }

    private int CountWords(ReadOnlySpan<char> folded, int[] hits)
    {
        var count = 0;
        var previousTerm = 0;
        var start = 0;
        while (start < folded.Length)
        {
            var end = folded[start..].IndexOf(' ');
            end = end < 0 ? folded.Length : start + end;
            if (end > start)
            {
                var (term, slot) = vocabulary.Word(folded[start..end]);
                if (slot >= 0)
                {
                    hits[count++] = slot;
                }

                // A bigram needs both words known: an unknown word is a missing key, and no bigram holds one.
                if (term != 0 && previousTerm != 0)
                {
                    var bigram = vocabulary.Bigram(previousTerm, term);
                    if (bigram >= 0)
                    {
                        hits[count++] = bigram;
                    }
                }

                previousTerm = term;
            }

            start = end + 1;
        }

        return count;
    }

    // Counts each slot's hits, then scales the counts by the reciprocal of their L2 norm as the normaliser does (the sum
    // of squares of whole counts is exact in float below 2^24, which the hit limit guarantees, so its order is moot).
    private static int Normalise(Span<int> hits, int offset, int[] indices, float[] values, int start)
    {
        if (hits.IsEmpty)
        {
            return start;
        }

        hits.Sort();
        var count = start;
        var sumOfSquares = 0f;
        var run = 1;
        for (var i = 1; i <= hits.Length; i++)
        {
            if (i < hits.Length && hits[i] == hits[i - 1])
            {
                run++;
                continue;
            }

            indices[count] = offset + hits[i - 1];
            values[count++] = run;
            sumOfSquares += run * (float)run;
            run = 1;
        }

        var scale = 1f / (float)Math.Sqrt(sumOfSquares);
        if (scale < 1e-8f)
        {
            scale = 1f;
        }

        for (var i = start; i < count; i++)
        {
            values[i] *= scale;
        }

        return count;
    }
}
