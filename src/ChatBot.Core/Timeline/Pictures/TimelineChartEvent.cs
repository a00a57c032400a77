namespace ChatBot.Core.Timeline.Pictures;

/// <summary>One event of a <see cref="TimelineChart"/>: its date at the precision the text gives, the sentence, and its source number.</summary>
public sealed record TimelineChartEvent(EventDate Date, string Text, int Citation)
{
    /// <summary>The date as the text timeline writes it ("1978-07", "1970s–1980s", "late 2017 (inferred)").</summary>
    public string Label => Date.Label;
}
