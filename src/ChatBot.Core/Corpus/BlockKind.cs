namespace ChatBot.Core.Corpus;

public enum BlockKind
{
    Paragraph = 0,
    Heading = 1,

    /// <summary>A bibliography entry: searchable, never a timeline event, a weak answer source.</summary>
    Reference = 2,
}
