using ChatBot.Pictures;

namespace ChatBot.UnitTests.Pictures;

public sealed class LaneLayoutTests
{
    private const float Left = 24;
    private const float Right = 1176;

    [Fact]
    public void Place_ThirtyEventsInTheSameFewYears_NoTwoLabelsInALaneOverlap()
    {
        var marks = Enumerable.Range(0, 30).Select(i => (From: 600f + (i * 7), To: 606f + (i * 7), LabelWidth: 180f + (i % 4 * 40))).ToList();

        var placed = LaneLayout.Place(marks, Left, Right);

        Assert.Equal(30, placed.Count);
        foreach (var lane in placed.GroupBy(p => p.Lane))
        {
            var ordered = lane.OrderBy(p => p.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].From >= ordered[i - 1].To + LaneLayout.LaneGap, $"lane {lane.Key}: {ordered[i - 1]} and {ordered[i]} touch");
            }
        }

        Assert.All(placed.Select((p, i) => (p, marks[i])), x =>
        {
            Assert.InRange(x.p.LabelX, Left, Right - x.Item2.LabelWidth);
            Assert.True(x.p.From <= x.Item2.From && x.p.To >= x.Item2.To, "an event's extent covers its mark");
        });
        Assert.True(placed.Max(p => p.Lane) < 30, "labels left and right of their marks share lanes");
    }

    [Fact]
    public void Place_SpreadOutEvents_ShareOneLane()
    {
        var marks = Enumerable.Range(0, 3).Select(i => (From: 100f + (i * 380), To: 106f + (i * 380), LabelWidth: 200f)).ToList();

        Assert.All(LaneLayout.Place(marks, Left, Right), p => Assert.Equal(0, p.Lane));
    }

    [Fact]
    public void Place_ALabelThatDoesNotFitRightOfItsMark_GoesLeftOfIt()
    {
        var placed = LaneLayout.Place([(1100f, 1106f, 300f)], Left, Right).Single();

        Assert.Equal(1100f - LaneLayout.MarkGap - 300f, placed.LabelX);
    }

    [Fact]
    public void Place_TheSameMarks_GiveTheSameLanes()
    {
        var marks = Enumerable.Range(0, 20).Select(i => (From: 300f + (i * 31 % 400), To: 320f + (i * 31 % 400), LabelWidth: 250f)).ToList();

        Assert.Equal(LaneLayout.Place(marks, Left, Right), LaneLayout.Place(marks, Left, Right));
    }
}
