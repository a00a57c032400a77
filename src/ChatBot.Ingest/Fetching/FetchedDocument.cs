namespace ChatBot.Ingest.Fetching;

/// <summary>A body fetched within the limits, with the address asked for and the one it finally came from.</summary>
public sealed record FetchedDocument(Uri RequestedUrl, Uri FinalUrl, ContentKind Kind, byte[] Body, string? Charset = null);
