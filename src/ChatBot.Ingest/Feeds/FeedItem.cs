namespace ChatBot.Ingest.Feeds;

/// <summary>One entry of an RSS or Atom feed: the page it links to, with what the feed says about it.</summary>
public sealed record FeedItem(string Link, string Title, DateTimeOffset? Published);
