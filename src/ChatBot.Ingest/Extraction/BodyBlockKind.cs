namespace ChatBot.Ingest.Extraction;

public enum BodyBlockKind
{
    Paragraph,
    Heading,
    BulletItem,
    NumberedItem,
    Quote,
}
