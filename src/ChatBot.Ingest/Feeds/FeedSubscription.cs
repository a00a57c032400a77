namespace ChatBot.Ingest.Feeds;

/// <summary>A followed feed and the item links already taken from it.</summary>
public sealed record FeedSubscription(string Url, string Title, DateTimeOffset Added, List<string> Seen);
