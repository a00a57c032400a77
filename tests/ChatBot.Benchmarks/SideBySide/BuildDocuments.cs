using System.Text;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// The documents Lucene is handed (our passages or whole articles), kept in a file between the fresh processes of
/// <see cref="SideBySideBuildOnly"/>: a Lucene-alone process must not build our index to get them.
/// </summary>
internal static class BuildDocuments
{
    public static void Write(string path, string fingerprint, IReadOnlyList<(string ArticleId, string Text)> documents)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(fingerprint);
        writer.Write(documents.Count);
        foreach (var (articleId, text) in documents)
        {
            writer.Write(articleId);
            writer.Write(text);
        }
    }

    /// <summary>Null when the file is absent or was written for another corpus.</summary>
    public static IReadOnlyList<(string ArticleId, string Text)>? Read(string path, string fingerprint)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadString() != fingerprint)
        {
            return null;
        }

        var documents = new (string, string)[reader.ReadInt32()];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = (reader.ReadString(), reader.ReadString());
        }

        return documents;
    }
}
