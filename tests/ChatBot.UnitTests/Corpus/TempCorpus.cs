namespace ChatBot.UnitTests.Corpus;

/// <summary>A corpus folder in the temp directory, deleted when disposed.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus() => Directory = System.IO.Directory.CreateTempSubdirectory("chatbot-corpus-").FullName;

    public string Directory { get; }

    public TempCorpus With(string relativePath, string content) => WithBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public TempCorpus WithBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
