using ChatBot.Core.Questions;

namespace ChatBot.Core.Indexing;

/// <summary>The inverted-index section of a snapshot: the raw arrays, written in bulk.</summary>
internal static class SnapshotArrays
{
    public static void Write(BinaryWriter writer, IndexArrays a)
    {
        writer.Write(a.PassageCount);
        writer.Write(a.Terms);
        writer.Write(a.DocFreq);
        writer.Write(a.PostingOffsets);
        writer.Write(a.PostingPassages);
        a.PostingWeights.Write(writer);
        writer.Write(a.TokenOffsets);
        a.TokenTerms.Write(writer);
        a.TokenPositions.Write(writer);
        writer.Write(a.SentenceOffsets);
        writer.Write(a.SentenceStarts);
        writer.Write(a.SentenceFeatures.Length);
        writer.Write(Array.ConvertAll(a.SentenceFeatures, f => (byte)f));
        writer.Write(a.Acronyms);
        writer.Write(a.SurfaceWords);
        writer.Write(a.SurfaceTerms);
        writer.Write(a.SurfaceFrequencies);
    }

    public static IndexArrays Read(SnapshotReader reader) => new()
    {
        PassageCount = reader.Int32(),
        Terms = reader.Strings(),
        DocFreq = reader.Ints(),
        PostingOffsets = reader.Ints(),
        PostingPassages = reader.Ints(),
        // Stored as floats (format 9 and before), coded again as they are read: the codes cost less than storing them would change.
        PostingWeights = PostingWeights.Of(reader.Floats()),
        TokenOffsets = reader.Ints(),
        TokenTerms = NarrowInts.Read(reader),
        TokenPositions = NarrowInts.Read(reader),
        SentenceOffsets = reader.Ints(),
        SentenceStarts = reader.Ints(),
        SentenceFeatures = Array.ConvertAll(reader.Bytes(), b => (AnswerFeatures)b),
        Acronyms = reader.Strings(),
        SurfaceWords = reader.Strings(),
        SurfaceTerms = reader.Ints(),
        SurfaceFrequencies = reader.Ints(),
    };
}
