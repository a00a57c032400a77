using System.Text.RegularExpressions;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Sizes a card must keep. They follow from where a card goes: a slug fits in a button id with a version, the
/// facts fit in one form field (4,000 characters) so an edit never cuts them, and a card fits in one message.
/// </summary>
public static partial class FactCardLimits
{
    public const int SlugMin = 3;
    public const int SlugMax = 40;
    public const int TitleMax = 100;
    public const int SummaryMax = 1000;
    public const int FactsMin = 1;
    public const int FactsMax = 10;
    public const int FactTextMax = 400;
    public const int QuoteMin = 20;
    public const int QuoteMax = 1000;
    public const int TagsMax = 8;
    public const int TagMax = 40;

    /// <summary>The facts as written in the form (see <see cref="FactCardText"/>) must fit one form field.</summary>
    public const int FactsTextMax = 4000;

    public static bool IsSlug(string slug) => slug.Length is >= SlugMin and <= SlugMax && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
