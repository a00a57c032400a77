using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>
/// A <see cref="ConsoleHost"/> over a copy of the bundled corpus in a temporary folder, with one file the loader
/// rejects, so tests can approve articles into it and see rejected files without touching the repository's corpus.
/// </summary>
public sealed class WritableCorpusConsoleHost : IAsyncLifetime
{
    public const string BrokenFile = "broken.md";

    private readonly string corpus = Directory.CreateTempSubdirectory("chatbot-console-corpus-").FullName;

    public ConsoleHost Host { get; private set; } = null!;

    public string CorpusDirectory => corpus;

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(corpus, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await File.WriteAllTextAsync(Path.Combine(corpus, "articles", BrokenFile), "---\ntitle: [never closed\n---\nA body that never gets read.\n");
        Host = new ConsoleHost { CorpusDirectory = corpus };
        await Host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(corpus, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the host's background work; the temp folder is cleaned by the OS.
        }
    }
}
