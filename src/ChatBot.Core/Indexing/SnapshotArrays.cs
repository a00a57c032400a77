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
        writer.Write(a.PostingWeights);
        writer.Write(a.TokenOffsets);
        writer.Write(a.TokenTerms);
        writer.Write(a.TokenPositions);
        writer.Write(a.SentenceOffsets);
        writer.Write(a.SentenceStarts);
        writer.Write(a.SentenceFeatures.Length);
        writer.Write(Array.ConvertAll(a.SentenceFeatures, f => (byte)f));
        writer.Write(a.Acronyms);
        writer.Write(a.SurfaceWords);
        writer.Write(a.SurfaceTerms);
        writer.Write(a.SurfaceFrequencies);
    }

    public static IndexArrays Read(BinaryReader reader) => new()
    {
        PassageCount = reader.ReadInt32(),
        Terms = reader.ReadStrings(),
        DocFreq = reader.ReadInts(),
        PostingOffsets = reader.ReadInts(),
        PostingPassages = reader.ReadInts(),
        PostingWeights = reader.ReadFloats(),
        TokenOffsets = reader.ReadInts(),
        TokenTerms = reader.ReadInts(),
        TokenPositions = reader.ReadInts(),
        SentenceOffsets = reader.ReadInts(),
        SentenceStarts = reader.ReadInts(),
        SentenceFeatures = Array.ConvertAll(reader.ReadBytes(reader.ReadInt32()), b => (AnswerFeatures)b),
        Acronyms = reader.ReadStrings(),
        SurfaceWords = reader.ReadStrings(),
        SurfaceTerms = reader.ReadInts(),
        SurfaceFrequencies = reader.ReadInts(),
    };
}
