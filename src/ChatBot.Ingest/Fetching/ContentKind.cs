namespace ChatBot.Ingest.Fetching;

public enum ContentKind
{
    Html,
    Pdf,
    Text,
    Feed,
}
