using System.Globalization;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>What /timeline was asked for: a year range and a topic, both optional.</summary>
public sealed record TimelineFilter(int? From, int? To, string? About)
{
    private const int MaxAboutInAction = 60;

    public DateRange? Range => From is null && To is null ? null : new DateRange(From ?? 1, To ?? 9999);

    public string PageAction(int page) =>
        ActionIds.Create("tlpage", Year(From), Year(To), page.ToString(CultureInfo.InvariantCulture), ActionSafe(About));

    public static TimelineFilter? FromAction(IReadOnlyList<string> arguments, out int page)
    {
        page = 1;
        if (arguments.Count != 4 || !int.TryParse(arguments[2], NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return null;
        }

        return new TimelineFilter(ParseYear(arguments[0]), ParseYear(arguments[1]), NormalizeAbout(arguments[3]));
    }

    public string Describe() =>
        (From, To) switch
        {
            (null, null) => "",
            ({ } f, null) => $" from {f}",
            (null, { } t) => $" up to {t}",
            ({ } f, { } t) when f == t => $" for {f}",
            ({ } f, { } t) => $" {f}–{t}",
        } + (About is null ? "" : $" about \"{About}\"");

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "_";

    private static int? ParseYear(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>
    /// The topic as every page will use it: ':' (the action-id separator) becomes a space, and a long topic is cut
    /// at a word to fit the page buttons, so page 1 and the pages after it filter by the very same topic.
    /// </summary>
    public static string? NormalizeAbout(string? about)
    {
        if (about is null)
        {
            return null;
        }

        var text = string.Join(' ', about.Replace(':', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxAboutInAction)
        {
            var cut = text.LastIndexOf(' ', MaxAboutInAction);
            text = cut > 0 ? text[..cut] : text[..MaxAboutInAction];
        }

        return text.Length == 0 ? null : text;
    }

    private static string ActionSafe(string? about) => NormalizeAbout(about) ?? "";
}
