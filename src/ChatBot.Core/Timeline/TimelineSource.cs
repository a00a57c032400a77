namespace ChatBot.Core.Timeline;

/// <summary>Where a timeline event is stated: the article, passage and exact sentence.</summary>
public sealed record TimelineSource(string ArticleId, string PassageId, int Start, int Length, string Quote);
