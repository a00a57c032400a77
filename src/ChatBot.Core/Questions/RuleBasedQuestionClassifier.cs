using System.Text.RegularExpressions;

namespace ChatBot.Core.Questions;

/// <summary>
/// Reads a question's wording: "when"/"what year" wants a date, "how many" a number, and so on. It is the
/// fallback when no trained model is available and a baseline the trained model is measured against.
/// </summary>
public sealed partial class RuleBasedQuestionClassifier : IQuestionClassifier
{
    public static RuleBasedQuestionClassifier Instance { get; } = new();

    public QuestionClassification Classify(string question)
    {
        var q = question.Trim().ToLowerInvariant();
        var kind = q switch
        {
            _ when ChitChat().IsMatch(q) => QuestionKind.OffTopic,
            _ when Timeline().IsMatch(q) => QuestionKind.Timeline,
            _ when Number().IsMatch(q) => QuestionKind.Number,
            _ when Date().IsMatch(q) => QuestionKind.Date,
            _ when List().IsMatch(q) => QuestionKind.List,
            _ when Person().IsMatch(q) => QuestionKind.Person,
            _ when Place().IsMatch(q) => QuestionKind.Place,
            _ when Reason().IsMatch(q) => QuestionKind.Reason,
            _ => QuestionKind.Description,
        };
        return new QuestionClassification(kind, kind == QuestionKind.Description ? 0.5f : 0.8f);
    }

    /// <summary>
    /// Whether <see cref="Classify"/> reads the question as small talk (<see cref="QuestionKind.OffTopic"/>): the first
    /// of its tests, without the seven after it, for a caller that needs only this.
    /// </summary>
    /// <remarks>
    /// The trimmed question is lower-cased into a buffer rather than a string (every answer asks this): the span's
    /// invariant lower case maps each character as the string's does.
    /// </remarks>
    public static bool IsSmallTalk(string question)
    {
        var trimmed = question.AsSpan().Trim();
        Span<char> lower = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        return ChitChat().IsMatch(lower);
    }

    [GeneratedRegex(@"^(hi|hello|hey|thanks|thank you|good (morning|evening|night))\b|\b(joke|weather|recipe|your name|how are you|who are you|are you a bot)\b")]
    private static partial Regex ChitChat();

    [GeneratedRegex(@"\btimeline\b|\bchronolog|\bwhat (happened|took place|occurred) (in|during|between|on|from)\b.*\b\d{4}|\b(events|key dates)\b.*\b(of|in|from|between)\b")]
    private static partial Regex Timeline();

    [GeneratedRegex(@"\bhow (many|much)\b|\bwhat (percentage|percent|proportion|share|number)\b|\bnumber of\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"^when\b|\bwhen (did|was|were|is|does|do|will|had|has)\b|\b(what|which) (year|date|month|day|decade)\b|\bsince when\b|\bhow long ago\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(which|what) (abductees|victims|people|countries|leaders|children|families|names|members|outcomes|sources|articles)\b|\blist\b|\bname (the|all)\b|\bwho (were|are) the\b|\bwhat were the (three|two|four|five)\b")]
    private static partial Regex List();

    [GeneratedRegex(@"^(who|whom|whose)\b|\b(who|whom|whose) (is|was|were|did|had|has)\b|\bwhich (person|leader|president|prime minister)\b|\bwhat (is|was|are|were) the names? of\b")]
    private static partial Regex Person();

    [GeneratedRegex(@"^where\b|\bwhere (did|was|were|is|do|does)\b|\b(which|what) (country|city|place|town|capital)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"^why\b|\bwhy (did|was|were|is|do|does|has|have)\b|\b(what|which) (was|is|were) the (reason|cause|motive)|\bfor what reason\b|\bhow come\b|\bwhat (caused|led to|explains)\b")]
    private static partial Regex Reason();
}
