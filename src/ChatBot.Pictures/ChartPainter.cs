using System.Globalization;

using SkiaSharp;

namespace ChatBot.Pictures;

/// <summary>Paints a <see cref="ChartPlan"/>: title, year axis with grid lines, one mark and label per event, sources, notes.</summary>
internal static class ChartPainter
{
    public static void Paint(SKCanvas canvas, ChartPlan plan, ChartFontSet fonts)
    {
        canvas.Clear(ChartStyle.Background);
        using var ink = ChartStyle.Fill(ChartStyle.Ink);
        using var muted = ChartStyle.Fill(ChartStyle.Muted);
        canvas.DrawText(plan.Title, ChartStyle.Margin, ChartPlan.TitleTop + 22, SKTextAlign.Left, fonts.Title, ink);
        canvas.DrawText(plan.Subtitle, ChartStyle.Margin, ChartPlan.TitleTop + 48, SKTextAlign.Left, fonts.Small, muted);

        Axis(canvas, plan, fonts, muted);
        foreach (var placed in plan.Events)
        {
            Event(canvas, plan, placed, fonts, ink, muted);
        }

        var y = plan.SourcesTop;
        canvas.DrawText("Sources", ChartStyle.Margin, y + 15, SKTextAlign.Left, fonts.Heading, ink);
        y += 26;
        foreach (var (n, lines) in plan.Sources)
        {
            canvas.DrawText($"[{n.ToString(CultureInfo.InvariantCulture)}]", ChartStyle.Margin, y + 13, SKTextAlign.Left, fonts.Date, ink);
            foreach (var line in lines)
            {
                canvas.DrawText(line, ChartStyle.Margin + ChartPlan.SourceIndent, y + 13, SKTextAlign.Left, fonts.Body, ink);
                y += ChartPlan.SourceLineHeight;
            }

            y += 4;
        }

        y += 10;
        foreach (var note in plan.Notes)
        {
            canvas.DrawText(note, ChartStyle.Margin, y + 12, SKTextAlign.Left, fonts.Small, muted);
            y += ChartPlan.SourceLineHeight;
        }
    }

    private static void Axis(SKCanvas canvas, ChartPlan plan, ChartFontSet fonts, SKPaint labels)
    {
        using var stripe = ChartStyle.Fill(ChartStyle.Stripe);
        for (var lane = 0; lane < plan.Lanes; lane += 2)
        {
            var top = plan.PlotTop + (lane * ChartStyle.LaneHeight);
            canvas.DrawRect(SKRect.Create(ChartStyle.Margin, top, ChartStyle.Width - (2 * ChartStyle.Margin), ChartStyle.LaneHeight), stripe);
        }

        using var grid = ChartStyle.Stroke(ChartStyle.Grid, 1);
        using var axis = ChartStyle.Stroke(ChartStyle.Muted, 1.5f);
        var top0 = plan.PlotTop - 6;
        var bottom = plan.PlotBottom + 6;
        canvas.DrawLine(ChartStyle.PlotLeft, top0, ChartStyle.PlotRight, top0, axis);
        canvas.DrawLine(ChartStyle.PlotLeft, bottom, ChartStyle.PlotRight, bottom, axis);
        foreach (var year in plan.Scale.Ticks())
        {
            var x = plan.Scale.X(year);
            var text = year.ToString(CultureInfo.InvariantCulture);
            canvas.DrawLine(x, top0, x, bottom, grid);
            canvas.DrawLine(x, top0 - 5, x, top0, axis);
            canvas.DrawLine(x, bottom, x, bottom + 5, axis);
            canvas.DrawText(text, x, top0 - 10, SKTextAlign.Center, fonts.Small, labels);
            canvas.DrawText(text, x, bottom + 20, SKTextAlign.Center, fonts.Small, labels);
        }
    }

    private static void Event(SKCanvas canvas, ChartPlan plan, PlacedEvent placed, ChartFontSet fonts, SKPaint ink, SKPaint muted)
    {
        var top = plan.PlotTop + (placed.Placement.Lane * ChartStyle.LaneHeight) + 6;
        var markY = top + 8;
        var color = placed.Span.Inferred ? ChartStyle.Inferred : ChartStyle.Stated;
        Mark(canvas, placed, markY, color);

        var x = placed.Placement.LabelX;
        canvas.DrawText(placed.DateLine, x, top + 13, SKTextAlign.Left, fonts.Date, ink);
        for (var i = 0; i < placed.TextLines.Count; i++)
        {
            canvas.DrawText(placed.TextLines[i], x, top + 13 + ((i + 1) * ChartStyle.LineHeight), SKTextAlign.Left, fonts.Body, muted);
        }
    }

    private static void Mark(SKCanvas canvas, PlacedEvent placed, float y, SKColor color)
    {
        using var outline = ChartStyle.Stroke(color, 2, dashed: placed.Span.Inferred && !placed.IsPoint);
        using var fill = ChartStyle.Fill(placed.Span.Inferred ? ChartStyle.Background : color);
        if (placed.IsPoint)
        {
            var middle = (placed.MarkFrom + placed.MarkTo) / 2;
            canvas.DrawCircle(middle, y, 5, fill);
            canvas.DrawCircle(middle, y, 5, outline);
        }
        else
        {
            var bar = new SKRoundRect(new SKRect(placed.MarkFrom, y - 4, placed.MarkTo, y + 4), 3);
            using var light = ChartStyle.Fill(color.WithAlpha(placed.Span.Inferred ? (byte)40 : (byte)90));
            canvas.DrawRoundRect(bar, light);
            canvas.DrawRoundRect(bar, outline);
        }

        if (placed.Span.Direction != 0)
        {
            using var arrow = ChartStyle.Stroke(color, 2);
            var start = placed.Span.Direction < 0 ? placed.MarkFrom - 2 : placed.MarkTo + 2;
            var end = start + (placed.Span.Direction * (ChartStyle.ArrowLength - 2));
            canvas.DrawLine(start, y, end, y, arrow);
            canvas.DrawLine(end, y, end - (placed.Span.Direction * 5), y - 4, arrow);
            canvas.DrawLine(end, y, end - (placed.Span.Direction * 5), y + 4, arrow);
        }
    }
}
