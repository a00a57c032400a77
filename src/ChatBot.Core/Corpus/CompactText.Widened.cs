namespace ChatBot.Core.Corpus;

/// <summary>The widened-text cache's entry.</summary>
internal sealed partial class CompactText
{
    /// <summary>
    /// A widened text and what it is of: a packed text's by its place (the packed text's id, its first byte, bytes a
    /// character and, in <see cref="Text"/>'s length, its characters, which name its characters exactly), never by
    /// reference, as a reference would keep the dropped index's packed text (every article's) alive after a corpus
    /// refresh; any other text by reference (it holds only its own characters).
    /// </summary>
    private sealed class Widened(CompactText? owner, long packed, int start, int charSize, string text)
    {
        public string Text => text;

        public static Widened Of(CompactText owner, string text) => owner.held is PackedText packed
            ? new(null, packed.Id, owner.packedStart, owner.charSize, text)
            : new(owner, 0, 0, 0, text);

        public bool Holds(CompactText other) => other.held is PackedText otherPacked
            ? owner is null && packed == otherPacked.Id && start == other.packedStart && charSize == other.charSize && text.Length == other.Length
            : ReferenceEquals(owner, other);
    }
}
