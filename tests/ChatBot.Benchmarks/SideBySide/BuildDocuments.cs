using System.Text;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// The documents Lucene is handed (our passages or whole articles), kept in a file between the fresh processes of
/// <see cref="SideBySideBuildOnly"/>: a Lucene-alone process must not build our index to get them. The file belongs to
/// one build of the code (the stamp holds ChatBot.Core's module version: other code may cut other passages), is written
/// whole or not at all, and one cut short or damaged reads as absent.
/// </summary>
internal static class BuildDocuments
{
    public static void Write(string path, string fingerprint, IReadOnlyList<(string ArticleId, string Text)> documents)
    {
        var written = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(File.Create(written), Encoding.UTF8))
        {
            writer.Write(Stamp(fingerprint));
            writer.Write(documents.Count);
            foreach (var (articleId, text) in documents)
            {
                writer.Write(articleId);
                writer.Write(text);
            }
        }

        File.Move(written, path, overwrite: true);
    }

    /// <summary>Null when the file is absent or was written for another corpus.</summary>
    public static IReadOnlyList<(string ArticleId, string Text)>? Read(string path, string fingerprint)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Stamp(fingerprint))
            {
                return null;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > reader.BaseStream.Length)
            {
                return null;
            }

            var documents = new (string, string)[count];
            for (var i = 0; i < documents.Length; i++)
            {
                documents[i] = (reader.ReadString(), reader.ReadString());
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? documents : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return null;
        }
    }

    private static string Stamp(string fingerprint) =>
        $"{fingerprint} {typeof(ChatBot.Core.Indexing.CorpusIndexBuilder).Assembly.ManifestModule.ModuleVersionId}";
}
