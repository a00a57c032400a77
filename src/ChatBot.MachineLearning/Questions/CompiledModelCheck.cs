namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// Checks a compiled model against ML.NET's engine when the model loads: every probe must get the same probabilities to
/// the bit, or the classifier keeps the engine. The probes cover what the featuriser's options change (case, accents
/// and combining marks, digits, punctuation, controls, surrogates, runs of spaces) and every word n-gram of the
/// vocabulary, so a model the compiled path reads differently is caught here, not in production.
/// </summary>
internal static class CompiledModelCheck
{
    private static readonly string[] FixedProbes =
    [
        "",
        " ",
        "What is it?",
        "WHO WAS THERE, AND WHEN?",
        "Café crème brûlée: a naïve façade in Ångström units",
        "Ǣ ǅ İ ΆΈΉ Ёё Ĳ ß ẞ",
        "a\u0301e\u0300o\u0308 and \u05b0\u0610\u0670 marks",
        "It cost $1,234.56 (about 3/4 of it) in 1977, 2002 and ½ ² ٣!",
        "tabs\tand\nnew lines\r\nand  runs   of    spaces ",
        "emoji 😀, a lone \ud800 half and \udfff another",
        "\u0000nul \u0001 \u0002start\u0003 \u001f \u007f \u0085 \u00a0 \u2028",
        "pipes | and || stars * and <␠> names",
        "how many? HOW MANY? How Many?",
        string.Concat(Enumerable.Repeat("why did it happen and who was there? ", 30)),
    ];

    public static bool Agrees(CompiledQuestionModel compiled, Func<string, float[]> engineScores)
    {
        var scores = new float[compiled.Classes];
        foreach (var probe in FixedProbes.Concat(compiled.VocabularyProbes))
        {
            if (compiled.TryScore(probe, scores) && !SameBits(scores, engineScores(probe)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool SameBits(ReadOnlySpan<float> compiled, ReadOnlySpan<float> engine)
    {
        if (compiled.Length != engine.Length)
        {
            return false;
        }

        for (var i = 0; i < compiled.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(compiled[i]) != BitConverter.SingleToInt32Bits(engine[i]))
            {
                return false;
            }
        }

        return true;
    }
}
