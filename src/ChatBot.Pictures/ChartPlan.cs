using System.Globalization;

using ChatBot.Core.Timeline.Pictures;

namespace ChatBot.Pictures;

/// <summary>
/// Everything measured and placed before a pixel is drawn: the axis, each event's mark, label and lane, the source
/// list and the notes, and so the picture's height.
/// </summary>
internal sealed record ChartPlan(
    string Title,
    string Subtitle,
    ChartScale Scale,
    IReadOnlyList<PlacedEvent> Events,
    int Lanes,
    IReadOnlyList<(int N, IReadOnlyList<string> Lines)> Sources,
    IReadOnlyList<string> Notes,
    float PlotTop,
    int Height)
{
    public const float TitleTop = 28;
    public const float HeaderHeight = 62;
    public const float AxisBand = 30;
    public const float SourceLineHeight = 18;
    public const int SourceLines = 3;
    public const float SourceIndent = 34;

    public float PlotBottom => PlotTop + (Math.Max(Lanes, 1) * ChartStyle.LaneHeight);

    public float SourcesTop => PlotBottom + AxisBand + 22;

    public static ChartPlan Create(TimelineChart chart, ChartFontSet fonts)
    {
        var events = chart.Events.Select(e => (Event: e, Span: EventSpan.From(e.Date))).ToList();
        var scale = ChartScale.For([.. events.Select(e => e.Span)], ChartStyle.PlotLeft, ChartStyle.PlotRight);
        var measured = events.Select(e => Measure(e.Event, e.Span, scale, fonts)).ToList();
        var placements = LaneLayout.Place([.. measured.Select(m => (m.From, m.To, m.Width))], ChartStyle.PlotLeft - 40, ChartStyle.PlotRight + 40);
        var placed = measured.Select((m, i) => new PlacedEvent(m.Event, m.Span, m.MarkFrom, m.MarkTo, m.DateLine, m.Lines, placements[i])).ToList();
        var lanes = placements.Count == 0 ? 1 : placements.Max(p => p.Lane) + 1;

        var sourceWidth = ChartStyle.Width - (2 * ChartStyle.Margin) - SourceIndent;
        var sources = chart.Sources.Select(s => (s.N, ChartText.Wrap(fonts.Clean(SourceLine(s)), sourceWidth, SourceLines, t => fonts.Body.MeasureText(t)))).ToList();
        var notes = NotesOf(chart).SelectMany(n => ChartText.Wrap(fonts.Clean(n), ChartStyle.Width - (2 * ChartStyle.Margin), 2, t => fonts.Small.MeasureText(t))).ToList();

        var plotTop = TitleTop + HeaderHeight + AxisBand;
        var plan = new ChartPlan(fonts.Clean(chart.Title), fonts.Clean(SubtitleOf(chart)), scale, placed, lanes, sources, notes, plotTop, 0);
        var height = plan.SourcesTop + 26 + sources.Sum(s => (s.Item2.Count * SourceLineHeight) + 4) + 10 + (notes.Count * SourceLineHeight) + 24;
        return plan with { Height = (int)Math.Ceiling(height) };
    }

    private static (TimelineChartEvent Event, EventSpan Span, float MarkFrom, float MarkTo, float From, float To, float Width, string DateLine, IReadOnlyList<string> Lines) Measure(
        TimelineChartEvent chartEvent, EventSpan span, ChartScale scale, ChartFontSet fonts)
    {
        var markFrom = scale.X(span.Start);
        var markTo = scale.X(span.End);
        if (markTo - markFrom <= ChartStyle.PointWidth)
        {
            var middle = (markFrom + markTo) / 2;
            (markFrom, markTo) = (middle - (ChartStyle.PointWidth / 2), middle + (ChartStyle.PointWidth / 2));
        }

        var from = markFrom - (span.Direction < 0 ? ChartStyle.ArrowLength : 0);
        var to = markTo + (span.Direction > 0 ? ChartStyle.ArrowLength : 0);
        var dateLine = fonts.Clean($"{chartEvent.Label}  [{chartEvent.Citation.ToString(CultureInfo.InvariantCulture)}]");
        var lines = ChartText.Wrap(fonts.Clean(chartEvent.Text), ChartStyle.LabelWidth, ChartStyle.TextLines, t => fonts.Body.MeasureText(t));
        var width = Math.Max(fonts.Date.MeasureText(dateLine), lines.Count == 0 ? 0 : lines.Max(l => fonts.Body.MeasureText(l)));
        return (chartEvent, span, markFrom, markTo, from, to, Math.Min(width, ChartStyle.LabelWidth + 40), dateLine, lines);
    }

    private static string SubtitleOf(TimelineChart chart)
    {
        var shown = chart.Events.Count;
        var count = chart.Omitted > 0
            ? $"The first {shown} of {shown + chart.Omitted} dated events"
            : $"{shown} dated event{(shown == 1 ? "" : "s")}";
        return $"{count} from the indexed articles, oldest first. A mark spans the time its date covers; [n] is the source listed below.";
    }

    private static string SourceLine(TimelineChartSource source)
    {
        var details = string.Join(", ", new[] { source.Author, source.Publisher, source.Published, source.Url }.Where(d => !string.IsNullOrWhiteSpace(d)));
        return details.Length == 0 ? source.Title : $"{source.Title} — {details}";
    }

    private static IEnumerable<string> NotesOf(TimelineChart chart)
    {
        if (chart.Omitted > 0)
        {
            yield return $"{chart.Omitted} later event{(chart.Omitted == 1 ? " is" : "s are")} not drawn: narrow the years (from, to) or the topic to see them.";
        }

        if (chart.Events.Any(e => e.Date.Inferred))
        {
            yield return "Hollow amber marks: " + TimelineChart.InferredNote[0].ToString().ToLowerInvariant() + TimelineChart.InferredNote[1..];
        }

        yield return "Every event is a sentence quoted from the article cited; the text timeline gives the full quotes.";
    }
}
