namespace ChatBot.Core.Admin;

/// <summary>How many questions were asked on a day (UTC).</summary>
public sealed record DayCount(DateOnly Day, int Questions);
