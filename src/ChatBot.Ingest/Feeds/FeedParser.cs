using System.ServiceModel.Syndication;
using System.Xml;

namespace ChatBot.Ingest.Feeds;

/// <summary>RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, with DTDs and external entities refused.</summary>
public static class FeedParser
{
    public static (string Title, IReadOnlyList<FeedItem> Items) Parse(byte[] body, string source)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            var feed = SyndicationFeed.Load(reader);
            var items = feed.Items
                .Select(item => (Item: item, Link: item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null)))
                .Where(x => x.Link is { IsAbsoluteUri: true } && x.Link.Scheme is "http" or "https")
                .Select(x => new FeedItem(x.Link!.ToString(), x.Item.Title?.Text ?? "", Date(x.Item)))
                .ToList();
            return (feed.Title?.Text ?? source, items);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException)
        {
            throw new IngestException($"{source} is not a readable RSS or Atom feed ({e.Message.Split('\n')[0].Trim()})", e);
        }
    }

    private static DateTimeOffset? Date(SyndicationItem item) =>
        item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : null;
}
