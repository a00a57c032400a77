using ChatBot.Core.Indexing;

namespace ChatBot.Core.Search;

/// <summary>
/// Where each query concept occurs in a passage (word positions, with how well the matching term stands for the
/// concept), and how much of the query each sentence covers.
/// </summary>
internal static class ConceptOccurrences
{
    public static List<(int Position, float Quality)>?[] Find(InvertedIndex index, int passage, IReadOnlyList<QueryConcept> concepts)
    {
        var terms = index.PassageTerms(passage);
        var positions = index.PassagePositions(passage);
        var occurrences = new List<(int, float)>?[concepts.Count];
        for (var t = 0; t < terms.Length; t++)
        {
            for (var c = 0; c < concepts.Count; c++)
            {
                // Indexed, not foreach: the alternatives are an interface, whose enumerator is an object each time.
                var alternatives = concepts[c].Alternatives;
                for (var a = 0; a < alternatives.Count; a++)
                {
                    if (alternatives[a].TermId == terms[t])
                    {
                        (occurrences[c] ??= []).Add((positions[t], alternatives[a].Weight));
                        break;
                    }
                }
            }
        }

        return occurrences;
    }

    /// <summary>
    /// Per sentence: which concepts it holds, each with the quality of its best match there (a concept met only
    /// through an alias counts less than one met as asked).
    /// </summary>
    public static SentenceCoverage Sentences(InvertedIndex index, int passage, List<(int Position, float Quality)>?[] occurrences, IReadOnlyList<float> weights)
    {
        var starts = index.SentenceStarts(passage);
        var coverage = new SentenceCoverage(starts.Length, weights);
        for (var c = 0; c < occurrences.Length && c < 64; c++)
        {
            foreach (var (position, quality) in occurrences[c] ?? [])
            {
                coverage.Add(SentenceOf(starts, position), c, quality);
            }
        }

        return coverage;
    }

    private static int SentenceOf(ReadOnlySpan<int> starts, int position)
    {
        var sentence = 0;
        while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
        {
            sentence++;
        }

        return sentence;
    }
}
