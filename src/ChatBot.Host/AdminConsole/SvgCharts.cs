using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ChatBot.Core.Admin;

namespace ChatBot.Host.AdminConsole;

/// <summary>Small charts drawn on the server as inline SVG, each with a title and a text alternative for screen readers.</summary>
internal static class SvgCharts
{
    private const int Width = 560;
    private const int Height = 160;
    private const int Bottom = 130;

    /// <summary>Questions per day as bars, with the count above each bar and the day below every other bar.</summary>
    public static string QuestionsPerDay(IReadOnlyList<DayCount> days)
    {
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => d.Questions));
        var slot = (double)Width / Math.Max(1, days.Count);
        var svg = new StringBuilder();
        var summary = string.Join(", ", days.Select(d => $"{d.Day:MMM d}: {d.Questions}"));
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"qpd-title\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" class=\"chart\"><title id=\"qpd-title\">{Encode("Questions per day: " + summary)}</title>");
        for (var i = 0; i < days.Count; i++)
        {
            var h = (Bottom - 20) * days[i].Questions / (double)max;
            var x = (i * slot) + (slot * 0.15);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{Bottom - h:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\" class=\"bar\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.35):0.#}\" y=\"{Bottom - h - 4:0.#}\" text-anchor=\"middle\" class=\"value\">{days[i].Questions}</text>");
            if (i % 2 == days.Count % 2 || i == days.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.35):0.#}\" y=\"{Bottom + 18}\" text-anchor=\"middle\" class=\"label\">{Encode(days[i].Day.ToString("MMM d", CultureInfo.InvariantCulture))}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>One horizontal bar split in two (answered/declined, 👍/👎), with both counts written out.</summary>
    public static string Split(string id, string title, string leftLabel, int left, string rightLabel, int right)
    {
        var total = left + right;
        var leftWidth = total == 0 ? 0 : Width * left / (double)total;
        var text = $"{title}: {leftLabel} {left}, {rightLabel} {right}";
        return string.Create(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} 56\" width=\"100%\" class=\"chart\"><title id=\"{id}-title\">{Encode(text)}</title>"
            + $"<rect x=\"0\" y=\"4\" width=\"{Width}\" height=\"24\" class=\"track\"/>"
            + $"<rect x=\"0\" y=\"4\" width=\"{leftWidth:0.#}\" height=\"24\" class=\"bar\"/>"
            + $"<text x=\"0\" y=\"48\" class=\"label\">{Encode($"{leftLabel}: {left}")}</text>"
            + $"<text x=\"{Width}\" y=\"48\" text-anchor=\"end\" class=\"label\">{Encode($"{rightLabel}: {right}")}</text></svg>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
