using ChatBot.Core.Timeline;

namespace ChatBot.Core.Generation;

/// <summary>
/// Whether a stated date supports a claimed one: the same year, and the same month and day where the claim gives
/// them; a claimed year may also be the end of a stated range ("2014 to 2016"). Qualifiers must agree ("before 2002"
/// is not "in 2002"), except that a plain date may stand for an early or late one.
/// </summary>
internal static class DateSupport
{
    public static bool Supports(EventDate stated, EventDate claimed) =>
        SameQualifier(stated.Qualifier, claimed.Qualifier)
        && stated.IsDecade == claimed.IsDecade
        && (Matches(stated, claimed) || (claimed.End is null && claimed.Start.Month == 0 && stated.End?.Year == claimed.Start.Year));

    private static bool Matches(EventDate stated, EventDate claimed) =>
        stated.Start.Year == claimed.Start.Year
        && (claimed.Start.Month == 0 || claimed.Start.Month == stated.Start.Month)
        && (claimed.Start.Day == 0 || claimed.Start.Day == stated.Start.Day)
        && (claimed.End is null || claimed.End.Value.Year == stated.End?.Year);

    private static bool SameQualifier(DateQualifier stated, DateQualifier claimed) =>
        stated == claimed || (claimed == DateQualifier.On && stated is DateQualifier.Early or DateQualifier.Late);
}
