using ChatBot.Core.Corpus;

namespace ChatBot.Core.Timeline;

/// <summary>
/// When an event happened, at the precision the text gives: a day, month or year; a decade ("the 1970s"); or a
/// range ("2014 to 2016", "the 1970s and 80s"). <see cref="Inferred"/> marks dates resolved from relative words
/// ("late last year") against the article's publication date.
/// </summary>
public sealed record EventDate(PartialDate Start, PartialDate? End = null, bool IsDecade = false, DateQualifier Qualifier = DateQualifier.On, bool Inferred = false)
{
    /// <summary>The last year the event may fall in, for year filters.</summary>
    public int LastYear => End?.Year ?? (IsDecade ? Start.Year + 9 : Start.Year);

    public bool Overlaps(int? fromYear, int? toYear) =>
        (fromYear is null || LastYear >= fromYear) && (toYear is null || Start.Year <= toYear);

    public string Label
    {
        get
        {
            var core = End is { } end
                ? $"{Format(Start)}–{(IsDecade ? $"{end.Year / 10 * 10}s" : end.ToString())}"
                : Format(Start);
            var qualified = Qualifier switch
            {
                DateQualifier.Before => $"before {core}",
                DateQualifier.By => $"by {core}",
                DateQualifier.Since => $"since {core}",
                DateQualifier.Until => $"until {core}",
                DateQualifier.After => $"after {core}",
                DateQualifier.Early => $"early {core}",
                DateQualifier.Late => $"late {core}",
                _ => core,
            };
            return Inferred ? $"{qualified} (inferred)" : qualified;
        }
    }

    private string Format(PartialDate date) => IsDecade ? $"{date.Year / 10 * 10}s" : date.ToString();
}
