namespace ChatBot.Ingest;

/// <summary>An address, file or page that cannot become an article; the message is the one-line reason a moderator sees.</summary>
public sealed class IngestException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The HTTP status when the server answered with an error.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>True when fetching again cannot help (no article text, already in the corpus); false for what may pass (timeouts, HTTP errors).</summary>
    public bool Lasting { get; init; }
}
