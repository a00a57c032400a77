namespace ChatBot.LoadGenerator.Server;

/// <summary>A private copy of the corpus in a temporary folder, so the run can add an article mid-way.</summary>
internal sealed class RunCorpus
{
    public const string AddedArticleTitle = "Load generator reload probe";
    public const string AddedArticleQuestion = "What did the Reykjavik memorandum on the abduction issue establish?";
    public const string AddedArticleMarker = "Reykjavik memorandum";

    private RunCorpus(string directory) => Directory = directory;

    public string Directory { get; }

    public int FileCount => System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories).Length;

    public static RunCorpus CopyFrom(string source, string target)
    {
        foreach (var file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return new RunCorpus(target);
    }

    /// <summary>The bundled corpus: the folder given, or corpus/ in the working folder or any folder above it.</summary>
    public static string Locate(string? given)
    {
        if (given is not null)
        {
            return System.IO.Directory.Exists(given) ? Path.GetFullPath(given) : throw new DirectoryNotFoundException($"corpus folder not found: {given}");
        }

        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "corpus", "articles");
                if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "ChatBot.sln")))
                {
                    return Path.Combine(folder.FullName, "corpus");
                }
            }
        }

        throw new DirectoryNotFoundException("the bundled corpus/ was not found above the working folder (pass --corpus)");
    }

    /// <summary>
    /// Writes a new article in one step (temporary name, then a rename), so the watcher never sees half a file.
    /// Its content is made up for the test and lives only in the temporary copy.
    /// </summary>
    public async Task AddArticleAsync(CancellationToken cancellationToken = default)
    {
        var articles = Path.Combine(Directory, "articles");
        System.IO.Directory.CreateDirectory(articles);
        var temporary = Path.Combine(Path.GetDirectoryName(Directory)!, "reload-probe.tmp");
        var text = $"""
            ---
            title: "{AddedArticleTitle}"
            publisher: "ChatBot load generator (test content, temporary corpus only)"
            published: 2021-03-15
            language: en
            ---

            The {AddedArticleMarker} on the abduction issue was signed in March 2021. The {AddedArticleMarker} established a joint registry of the families of abductees.
            """;
        await File.WriteAllTextAsync(temporary, text, cancellationToken);
        File.Move(temporary, Path.Combine(articles, "999_reload_probe.md"));
    }
}
