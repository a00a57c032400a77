using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Ranking;

/// <summary>The features of a (question, sentence) pair for the sentence ranker. Every one carries to any text.</summary>
public static partial class SentenceFeatures
{
    public const int HoldsWanted = 24;

    public const int NewFact = 25;

    public const int Anaphor = 26;

    public const int SurfaceWords = 37;

    /// <summary>Filled in once every candidate has its features: the neighbours' surface overlap.</summary>
    public const int NextSurfaceWords = 41;

    public const int PreviousSurfaceWords = 42;

    /// <summary>Filled in once every candidate has its features: coverage against the best candidate's.</summary>
    public const int CoverageBehindBest = 9;

    /// <summary>Filled in once passages are ranked.</summary>
    public const int PassageScoreBehindBest = 0;

    /// <summary>Per thread, the characters of the sentence being read: most sentences are never needed as a string.</summary>
    [ThreadStatic]
    private static char[]? sentenceCharacters;

    public static readonly string[] Names =
    [
        "passage_score_behind_best", "passage_rank", "passage_first_stage_relative", "coverage", "evidence_coverage",
        "exact_pairs", "near_pairs", "chain", "density", "coverage_behind_best", "previous_coverage", "next_coverage",
        "window_share", "passage_coverage", "words", "index_in_passage", "first_in_paragraph", "novelty",
        "has_date", "has_number", "has_person", "has_place", "has_reason", "has_enumeration", "holds_wanted",
        "new_fact", "anaphor", "names_missing", "names_missing_window", "heaviest_missing", "negation_mismatch",
        "question_concepts", "question_unknown_share", "wh", "kind", "yes_no", "is_reference",
        "surface_words", "surface_bigrams", "surface_trigrams", "surface_longest_run", "next_surface_words", "previous_surface_words",
        "number_near_match",
    ];

    /// <summary>The semantic features, after the lexical ones: those of the sentence's passage.</summary>
    public static readonly string[] DenseNames = ["passage_cosine", "passage_cosine_behind_best"];

    private static char[] Characters => sentenceCharacters ??= new char[1024];

    public static string[] NamesFor(bool dense) => dense ? [.. Names, .. DenseNames] : Names;

    /// <summary>How many features a sentence has for the question (the semantic ones only when it is ranked with meaning).</summary>
    public static int CountFor(QuestionProfile question) => question.IsDense ? Names.Length + DenseNames.Length : Names.Length;

    /// <summary>
    /// Fills the sentence's <see cref="RankedSentence.Features"/> (<see cref="CountFor"/> of them) but those filled in
    /// once every candidate has its own. What the sentence's text alone decides comes from <paramref name="traits"/>; the
    /// text is read (as characters, a string only for a check that needs one) where no question has read it before.
    /// </summary>
    public static void Fill(QuestionProfile question, RankedSentence sentence, bool firstInParagraph, SurfaceTokens surface, SentenceTraits traits)
    {
        var (passage, index, holds, f) = (sentence.Passage, sentence.Index, sentence.Holds, sentence.Features);
        if (question.IsDense)
        {
            f[Names.Length] = passage.Features[PassageFeatures.Cosine];
            f[Names.Length + 1] = passage.Features[PassageFeatures.CosineBehindBest];
        }

        var sentences = passage.Match.Sentences;
        var match = sentences[index];
        f[1] = passage.Rank;
        f[2] = passage.Features[0];
        f[3] = match.Coverage;
        f[4] = match.EvidenceCoverage;
        f[5] = match.ExactPairs;
        f[6] = match.NearPairs;
        f[7] = match.Chain;
        f[8] = match.Density;
        var previous = index > 0 ? sentences[index - 1] : default;
        var next = index + 1 < sentences.Length ? sentences[index + 1] : default;
        f[10] = previous.Coverage;
        f[11] = next.Coverage;
        var window = match.Mask | previous.Mask | next.Mask;
        f[12] = question.Share(window);
        f[13] = passage.Match.Whole.Coverage;
        f[14] = match.Words;
        f[15] = index;
        f[16] = firstInParagraph && index == 0 ? 1 : 0;
        f[17] = match.ContentTokens == 0 ? 0 : 1 - (match.MatchedTokens / (float)match.ContentTokens);
        f[18] = (holds & AnswerFeatures.Date) != 0 ? 1 : 0;
        f[19] = (holds & AnswerFeatures.Number) != 0 ? 1 : 0;
        f[20] = (holds & AnswerFeatures.Person) != 0 ? 1 : 0;
        f[21] = (holds & AnswerFeatures.Place) != 0 ? 1 : 0;
        f[22] = (holds & AnswerFeatures.Reason) != 0 ? 1 : 0;
        f[23] = (holds & AnswerFeatures.Enumeration) != 0 ? 1 : 0;
        var wanted = question.Wanted != AnswerFeatures.None && (holds & question.Wanted) != 0;
        f[24] = wanted ? 1 : 0;
        f[25] = wanted && traits.HasNewFact(sentence, question.Plan.Query, question.Kind) ? 1 : 0;
        var (leans, negated) = Read(sentence, traits);
        f[Anaphor] = leans ? 1 : 0;
        f[27] = PassageFeatures.NamesMissing(question, match.Mask);
        f[28] = PassageFeatures.NamesMissing(question, window);
        f[29] = question.HeaviestMissing(match.Mask);
        f[30] = question.IsNegated != negated ? 1 : 0;
        PassageFeatures.Question(question, f.AsSpan(31));
        f[36] = passage.Hit.Passage.Kind == BlockKind.Reference ? 1 : 0;
        (f[37], f[38], f[39], f[40]) = question.Surface.Measure(surface, surface.Of(sentence));
        f[43] = match.NumberNearMatch;
    }

    /// <summary>Whether the sentence opens by leaning on the one before, and whether it negates: read once a sentence.</summary>
    private static (bool Anaphor, bool Negation) Read(RankedSentence sentence, SentenceTraits traits)
    {
        var passage = sentence.Passage.Hit.Passage;
        if (traits.TryRead(passage, sentence.Index, out var anaphor, out var negation))
        {
            return (anaphor, negation);
        }

        var span = sentence.Span;
        var characters = span.Length <= Characters.Length ? Characters.AsSpan(0, span.Length) : new char[span.Length];
        sentence.Article.CopyTo(span, characters);
        (anaphor, negation) = (LeadingAnaphor().IsMatch(characters), Negation().IsMatch(characters));
        traits.Keep(passage, sentence.Index, anaphor, negation);
        return (anaphor, negation);
    }

    [GeneratedRegex(@"^\W*(This|That|These|Those|It|He|She|They|His|Her|Their|Its|Such|Both|The latter|The former)\b")]
    private static partial Regex LeadingAnaphor();

    [GeneratedRegex(@"\b(not|never|no|none|nor|neither|without)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
