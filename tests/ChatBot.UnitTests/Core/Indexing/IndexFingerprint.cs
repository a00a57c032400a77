using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// A SHA-256 of everything a build produces — passages, terms, postings and weights (to the bit), token streams,
/// sentence starts and features, acronyms, surface words, timeline — with term ids written as their terms, so two
/// builds that differ only in how they numbered the terms hash the same.
/// </summary>
internal static class IndexFingerprint
{
    public static string Of(CorpusIndex index)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            WritePassages(writer, index);
            WriteArrays(writer, index.Index.Arrays);
            WriteTimeline(writer, index);
        }

        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }

    private static void WritePassages(BinaryWriter writer, CorpusIndex index)
    {
        foreach (var passage in index.Passages)
        {
            writer.Write(passage.Ordinal);
            writer.Write(passage.Id);
            writer.Write(passage.ArticleOrdinal);
            writer.Write(passage.BlockIndex);
            writer.Write((int)passage.Kind);
            writer.Write(passage.Start);
            writer.Write(passage.Length);
            writer.Write(passage.Heading ?? "\0");
            foreach (var sentence in passage.Sentences)
            {
                writer.Write(sentence.Start);
                writer.Write(sentence.Length);
            }
        }
    }

    private static void WriteArrays(BinaryWriter writer, IndexArrays arrays)
    {
        var terms = arrays.Terms.ToArray();
        writer.Write(arrays.PassageCount);
        foreach (var t in Enumerable.Range(0, terms.Length).OrderBy(t => terms[t], StringComparer.Ordinal))
        {
            writer.Write(terms[t]);
            writer.Write(arrays.DocFreq[t]);
            for (var i = arrays.PostingOffsets[t]; i < arrays.PostingOffsets[t + 1]; i++)
            {
                writer.Write(arrays.PostingPassages[i]);
                writer.Write(BitConverter.SingleToInt32Bits(arrays.PostingWeights[i]));
            }
        }

        Array.ForEach(arrays.TokenOffsets, writer.Write);
        Array.ForEach(arrays.TokenTerms.ToArray(), t => writer.Write(terms[t]));
        Array.ForEach(arrays.TokenPositions.ToArray(), writer.Write);
        Array.ForEach(arrays.SentenceOffsets, writer.Write);
        Array.ForEach(arrays.SentenceStarts, writer.Write);
        Array.ForEach(arrays.SentenceFeatures, f => writer.Write((byte)f));
        Array.ForEach([.. arrays.Acronyms], writer.Write);
        Array.ForEach([.. arrays.SurfaceWords], writer.Write);
        Array.ForEach(arrays.SurfaceTerms, t => writer.Write(terms[t]));
        Array.ForEach(arrays.SurfaceFrequencies, writer.Write);
    }

    private static void WriteTimeline(BinaryWriter writer, CorpusIndex index)
    {
        var terms = index.Index.Arrays.Terms.ToArray();
        foreach (var e in index.Timeline)
        {
            writer.Write(e.Date.ToString());
            writer.Write(e.Text);
            writer.Write(e.CorpusOrder);
            foreach (var source in e.Sources)
            {
                writer.Write(source.ToString());
            }

            foreach (var term in e.Terms.Select(t => terms[t]).Order(StringComparer.Ordinal))
            {
                writer.Write(term);
            }
        }
    }
}
