namespace ChatBot.Core.Ranking;

/// <summary>
/// The features the answerability model reads: how strongly the best evidence beats the rest, how much of the
/// question it holds, and what it lacks (a name, a number, the heaviest word, the negation).
/// </summary>
public static class AnswerabilityFeatures
{
    private const float NoScore = -10f;

    public static readonly string[] Names =
    [
        "top_sentence_score", "second_sentence_score", "sentence_margin", "top_passage_score", "passage_margin",
        "coverage", "evidence_coverage", "window_share", "exact_pairs", "near_pairs", "chain", "names_missing",
        "names_missing_window", "heaviest_missing", "passage_names_missing", "passage_heaviest_missing", "new_fact",
        "holds_wanted", "negation_mismatch", "question_concepts", "question_unknown_share", "wh", "kind", "yes_no",
        "unknown_names", "first_stage_score", "passages_found", "passage_coverage", "best_coverage", "words",
        "missing_concepts", "heaviest_missing_weight", "missing_found_elsewhere_in_passage", "surface_words", "surface_bigrams",
        "surface_trigrams", "second_same_passage", "wants_fact", "answer_holds_fact", "answer_sentences", "answer_words", "number_near_match",
    ];

    /// <summary>The semantic features, after the lexical ones: how close the best evidence is in meaning, and by how much.</summary>
    public static readonly string[] DenseNames = ["passage_cosine", "cosine_margin"];

    public static string[] NamesFor(bool dense) => dense ? [.. Names, .. DenseNames] : Names;

    public static float[] Compute(QuestionProfile question, IReadOnlyList<RankedPassage> passages, IReadOnlyList<RankedSentence> sentences, Answers.AnswerChoice choice)
    {
        var f = new float[question.IsDense ? Names.Length + DenseNames.Length : Names.Length];
        if (question.IsDense && sentences.Count > 0)
        {
            var cosines = passages.Select(p => p.Features[PassageFeatures.Cosine]).OrderDescending().ToList();
            f[Names.Length] = sentences[0].Passage.Features[PassageFeatures.Cosine];
            f[Names.Length + 1] = cosines.Count > 1 ? cosines[0] - cosines[1] : 0;
        }

        f[37] = Answers.AnswerChooser.WantsFact(question) ? 1 : 0;
        f[38] = choice.HoldsWantedFact ? 1 : 0;
        f[39] = choice.Sentences.Count;
        f[40] = choice.Words;
        f[0] = sentences.Count > 0 ? sentences[0].Score : NoScore;
        f[1] = sentences.Count > 1 ? sentences[1].Score : NoScore;
        f[2] = f[0] - f[1];
        f[3] = passages.Count > 0 ? passages[0].Score : NoScore;
        f[4] = f[3] - (passages.Count > 1 ? passages[1].Score : NoScore);
        PassageFeatures.Question(question, f.AsSpan(19));
        f[24] = question.UnknownNames;
        f[26] = passages.Count;
        if (sentences.Count == 0)
        {
            f[13] = 1;
            f[15] = 1;
            return f;
        }

        var top = sentences[0].Features;
        f[5] = top[3];
        f[6] = top[4];
        f[7] = top[12];
        f[8] = top[5];
        f[9] = top[6];
        f[10] = top[7];
        f[11] = top[27];
        f[12] = top[28];
        f[13] = top[29];
        var passage = sentences[0].Passage;
        f[14] = passage.Features[19];
        f[15] = passage.Features[20];
        f[16] = top[25];
        f[17] = top[24];
        f[18] = top[30];
        f[25] = passages[0].Hit.Score;
        for (var i = 1; i < passages.Count; i++)
        {
            f[25] = Larger(f[25], passages[i].Hit.Score);
        }

        f[27] = passage.Match.Whole.Coverage;
        f[28] = sentences[0].Match.Coverage;
        for (var i = 1; i < sentences.Count; i++)
        {
            f[28] = Larger(f[28], sentences[i].Match.Coverage);
        }

        f[29] = top[14];
        var best = sentences[0];
        var match = best.Match;
        var sentencesOfPassage = passage.Match.Sentences;
        var window = match.Mask | (best.Index > 0 ? sentencesOfPassage[best.Index - 1].Mask : 0) | (best.Index + 1 < sentencesOfPassage.Length ? sentencesOfPassage[best.Index + 1].Mask : 0);
        var heaviest = 0f;
        var missing = 0;
        var elsewhere = 0;
        foreach (var c in question.InOrder)
        {
            var bit = 1UL << c;
            if ((window & bit) == 0)
            {
                missing++;
                heaviest = MathF.Max(heaviest, question.Weights[c]);
                elsewhere += (passage.Match.Whole.Mask & bit) != 0 ? 1 : 0;
            }
        }

        f[30] = missing;
        f[31] = heaviest;
        f[32] = missing == 0 ? 0 : elsewhere / (float)missing;
        f[33] = top[SentenceFeatures.SurfaceWords];
        f[34] = top[SentenceFeatures.SurfaceWords + 1];
        f[35] = top[SentenceFeatures.SurfaceWords + 2];
        f[36] = sentences.Count > 1 && sentences[1].Passage == passage ? 1 : 0;
        f[41] = top[43];
        return f;
    }

    /// <summary>The larger as <c>Enumerable.Max</c> keeps it: a NaN so far gives way to anything, a later NaN never wins.</summary>
    private static float Larger(float max, float value) => value > max || float.IsNaN(max) ? value : max;
}
