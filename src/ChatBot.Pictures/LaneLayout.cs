namespace ChatBot.Pictures;

/// <summary>
/// Packs events into lanes so that no two labels touch: each label sits right of its mark when it fits, else left of
/// it, else under the mark's start; the event then goes into the first lane where nothing it spans is taken.
/// Events keep their order (oldest first), so the same events always get the same lanes.
/// </summary>
internal static class LaneLayout
{
    public const float MarkGap = 8;
    public const float LaneGap = 14;

    /// <param name="marks">Each event's mark, from and to in pixels, and its label's width.</param>
    public static IReadOnlyList<LabelPlacement> Place(IReadOnlyList<(float From, float To, float LabelWidth)> marks, float left, float right)
    {
        var lanes = new List<List<(float From, float To)>>();
        var placements = new List<LabelPlacement>(marks.Count);
        foreach (var (from, to, width) in marks)
        {
            var labelX = LabelX(from, to, width, left, right);
            var extent = (From: Math.Min(from, labelX), To: Math.Max(to, labelX + width));
            var lane = lanes.FindIndex(taken => taken.All(t => extent.To + LaneGap <= t.From || extent.From >= t.To + LaneGap));
            if (lane < 0)
            {
                lanes.Add([]);
                lane = lanes.Count - 1;
            }

            lanes[lane].Add(extent);
            placements.Add(new LabelPlacement(lane, labelX, extent.From, extent.To));
        }

        return placements;
    }

    private static float LabelX(float from, float to, float width, float left, float right)
    {
        if (to + MarkGap + width <= right)
        {
            return to + MarkGap;
        }

        if (from - MarkGap - width >= left)
        {
            return from - MarkGap - width;
        }

        return Math.Clamp(from, left, Math.Max(left, right - width));
    }
}
