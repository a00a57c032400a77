namespace ChatBot.Core.Timeline.Pictures;

/// <summary>A numbered source listed under a timeline picture.</summary>
public sealed record TimelineChartSource(int N, string Title, string? Author, string? Publisher, string? Published, string? Url);
