using ChatBot.Core.Timeline.Pictures;

namespace ChatBot.Pictures;

/// <summary>An event ready to paint: its mark in pixels (a point when narrower than a few pixels), its label lines and lane.</summary>
internal sealed record PlacedEvent(TimelineChartEvent Event, EventSpan Span, float MarkFrom, float MarkTo, string DateLine, IReadOnlyList<string> TextLines, LabelPlacement Placement)
{
    public bool IsPoint => MarkTo - MarkFrom <= ChartStyle.PointWidth;
}
