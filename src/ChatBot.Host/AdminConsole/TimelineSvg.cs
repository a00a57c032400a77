using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ChatBot.Core.Timeline;

namespace ChatBot.Host.AdminConsole;

/// <summary>
/// The timeline drawn on the server: years on a horizontal axis, one dot per event at its first year, dots of the same
/// year stacked; each dot has a tooltip (its date and sentence) and the whole chart a text alternative.
/// </summary>
internal static class TimelineSvg
{
    private const int Width = 720;
    private const int Margin = 24;
    private const int Axis = 150;
    private const int Step = 9;
    private const int MaxStack = 14;

    public static string Draw(IReadOnlyList<TimelineEvent> events)
    {
        var svg = new StringBuilder();
        var years = events.Select(e => e.Date.Start.Year).ToList();
        var (first, last) = years.Count == 0 ? (0, 0) : (years.Min(), years.Max());
        var summary = years.Count == 0 ? "no events" : $"{events.Count} events from {first} to {last}";
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 {Width} {Axis + 30}\" width=\"100%\" class=\"chart\" id=\"timeline-chart\"><title id=\"timeline-title\">{Encode("Timeline: " + summary)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{Axis}\" x2=\"{Width - Margin}\" y2=\"{Axis}\" class=\"axis\" stroke=\"#1a1a1a\"/>");
        if (years.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        foreach (var year in Ticks(first, last))
        {
            var x = X(year, first, last);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{Axis}\" x2=\"{x:0.#}\" y2=\"{Axis + 5}\" stroke=\"#1a1a1a\"/><text x=\"{x:0.#}\" y=\"{Axis + 20}\" text-anchor=\"middle\" class=\"year\">{year}</text>");
        }

        var stacked = new Dictionary<int, int>();
        foreach (var e in events)
        {
            var year = e.Date.Start.Year;
            var height = stacked[year] = stacked.GetValueOrDefault(year) + 1;
            var y = Axis - 8 - (Math.Min(height, MaxStack) - 1) * Step;
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(year, first, last):0.#}\" cy=\"{y}\" r=\"4\" class=\"event\" fill=\"#0b4fb3\"><title>{Encode($"{e.Date.Label}: {e.Text}")}</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Year ticks at a round step (1, 2, 5, 10, 20, 50 … years) so that at most about ten are drawn.</summary>
    public static IReadOnlyList<int> Ticks(int first, int last)
    {
        var span = Math.Max(1, last - first);
        var step = new[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000 }.FirstOrDefault(s => span / s <= 10, 1000);
        var start = first % step == 0 ? first : first + (step - (((first % step) + step) % step));
        var ticks = new List<int>();
        for (var year = start; year <= last; year += step)
        {
            ticks.Add(year);
        }

        return ticks;
    }

    private static double X(int year, int first, int last) =>
        last == first ? Width / 2.0 : Margin + ((Width - (2 * Margin)) * (year - first) / (double)(last - first));

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
