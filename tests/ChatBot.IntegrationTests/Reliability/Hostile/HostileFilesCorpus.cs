using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>The bundled corpus plus files that used to abort start-up or stall indexing, in a temporary folder.</summary>
internal sealed class HostileFilesCorpus : IDisposable
{
    public HostileFilesCorpus()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("chatbot-hostile-files-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Add("articles/quotes.md", "# Deep\n\n" + new string('>', 100_000) + " text\n");
        Add("articles/brackets.md", "# Brackets\n\n" + new string('[', 100_000) + "\n");
        Add("articles/divs.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>x</p></body></html>");
        Add("articles/yaml.md", "---\ntitle: T\nx: " + new string('[', 100_000) + "\n---\n\nBody.\n");
    }

    /// <summary>Every hostile file's path, relative to the corpus folder.</summary>
    public static IReadOnlyList<string> HostilePaths { get; } = ["articles/brackets.md", "articles/divs.html", "articles/quotes.md", "articles/yaml.md"];

    public string Directory { get; }

    public void Add(string relativePath, string content) => File.WriteAllText(Path.Combine(Directory, relativePath), content);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
