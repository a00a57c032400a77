namespace ChatBot.Pictures;

/// <summary>
/// The time axis: whole years from <see cref="FirstYear"/> to <see cref="LastYear"/> mapped onto pixels, with a
/// tick every <see cref="Step"/> years (1, 2, 5, 10, … chosen so there are at most about a dozen).
/// </summary>
internal sealed record ChartScale(int FirstYear, int LastYear, int Step, float Left, float Right)
{
    private const int MaxTicks = 12;
    private static readonly int[] Steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

    public float X(double year) => Left + (float)((year - FirstYear) / (LastYear - FirstYear) * (Right - Left));

    public IEnumerable<int> Ticks()
    {
        for (var year = FirstYear; year <= LastYear; year += Step)
        {
            yield return year;
        }
    }

    public static ChartScale For(IReadOnlyCollection<EventSpan> spans, float left, float right)
    {
        var min = spans.Count == 0 ? 2000 : (int)Math.Floor(spans.Min(s => s.Start));
        var max = spans.Count == 0 ? 2001 : (int)Math.Ceiling(spans.Max(s => s.End));
        var step = Steps.FirstOrDefault(s => (max - min) / (double)s <= MaxTicks, Steps[^1]);
        var first = FloorTo(min, step);
        var last = CeilingTo(max, step);
        if (last <= first)
        {
            last = first + step;
        }

        return new ChartScale(first, last, step, left, right);
    }

    private static int FloorTo(int year, int step) => (int)Math.Floor(year / (double)step) * step;

    private static int CeilingTo(int year, int step) => (int)Math.Ceiling(year / (double)step) * step;
}
