using ChatBot.Core.Questions;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The inverted-index section of a snapshot: the raw arrays, written in bulk. Format 10 stores the posting weights as the
/// index holds them (<see cref="PostingWeights.Write"/>); formats 6 and 8 stored one float a posting, coded as read.
/// Formats 11 and 12 end with the passage words (format 11's are read past: <see cref="PassageWordsFormat11"/>).
/// </summary>
internal static class SnapshotArrays
{
    public static void Write(BinaryWriter writer, IndexArrays a, int format)
    {
        writer.Write(a.PassageCount);
        a.Terms.Write(writer);
        writer.Write(a.DocFreq);
        writer.Write(a.PostingOffsets);
        writer.Write(a.PostingPassages);
        if (IndexSnapshotFormat.IsWholeText(format))
        {
            a.PostingWeights.WriteFloats(writer);
        }
        else
        {
            a.PostingWeights.Write(writer);
        }

        writer.Write(a.TokenOffsets);
        a.TokenTerms.Write(writer);
        a.TokenPositions.Write(writer);
        writer.Write(a.SentenceOffsets);
        writer.Write(a.SentenceStarts);
        writer.Write(a.SentenceFeatures.Length);
        writer.Write(Array.ConvertAll(a.SentenceFeatures, f => (byte)f));
        a.Acronyms.Write(writer);
        a.SurfaceWords.Write(writer);
        writer.Write(a.SurfaceTerms);
        writer.Write(a.SurfaceFrequencies);
        if (IndexSnapshotFormat.HasPassageWords(format))
        {
            var words = a.PassageWords ?? throw new InvalidOperationException("the index has no passage words to store");
            if (format == IndexSnapshotFormat.OrdinalPassageWords)
            {
                PassageWordsFormat11.Write(writer, words);
            }
            else
            {
                words.Write(writer);
            }
        }
    }

    public static IndexArrays Read(SnapshotReader reader, int format) => new()
    {
        PassageCount = reader.Int32(),
        Terms = WordTable.Read(reader),
        DocFreq = reader.Ints(),
        PostingOffsets = reader.Ints(),
        PostingPassages = reader.Ints(),
        PostingWeights = IndexSnapshotFormat.IsWholeText(format) ? PostingWeights.Of(reader.Floats()) : PostingWeights.Read(reader),
        TokenOffsets = reader.Ints(),
        TokenTerms = NarrowInts.Read(reader),
        TokenPositions = NarrowInts.Read(reader),
        SentenceOffsets = reader.Ints(),
        SentenceStarts = reader.Ints(),
        SentenceFeatures = Array.ConvertAll(reader.Bytes(), b => (AnswerFeatures)b),
        Acronyms = WordTable.Read(reader),
        SurfaceWords = WordTable.Read(reader),
        SurfaceTerms = reader.Ints(),
        SurfaceFrequencies = reader.Ints(),
        PassageWords = format == IndexSnapshotFormat.Current ? PassageWords.Read(reader) : SkipOlderWords(reader, format),
    };

    private static PassageWords? SkipOlderWords(SnapshotReader reader, int format)
    {
        if (format == IndexSnapshotFormat.OrdinalPassageWords)
        {
            PassageWordsFormat11.Skip(reader);
        }

        return null;
    }
}
