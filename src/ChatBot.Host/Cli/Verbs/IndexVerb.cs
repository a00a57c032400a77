using System.CommandLine;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot index`: load, validate and index the corpus; counts, timing, and one line per rejected file. Exit code 1
/// when any file was rejected, so a corpus repository's CI fails on a file the bot would skip.
/// </summary>
internal static class IndexVerb
{
    public static Command Create()
    {
        var corpus = SharedOptions.Corpus();
        var command = new Command("index", "Load, validate and index the corpus; report counts and rejected files") { corpus };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)));
            var directory = services.GetRequiredService<IOptions<CorpusOptions>>().Value.Directory;
            var loader = services.GetRequiredService<CorpusIndexLoader>();
            var load = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
                ? await WithProgressAsync(loader, directory, cancellationToken)
                : await loader.LoadAsync(directory, forceRebuild: true, cancellationToken: cancellationToken);
            Report(load);
            var rejected = load.Index.Rejected;
            if (rejected.Count > 0)
            {
                await Console.Error.WriteLineAsync($"error: {rejected.Count} file{(rejected.Count == 1 ? " was" : "s were")} rejected: {string.Join(", ", rejected.Select(r => r.Path))}");
            }

            return rejected.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<CorpusIndexLoad> WithProgressAsync(CorpusIndexLoader loader, string directory, CancellationToken cancellationToken)
    {
        CorpusIndexLoad? load = null;
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Indexing");
            var progress = new Progress<IndexingProgress>(p =>
            {
                task.Description = p.Stage == "load" ? "Loading files" : "Indexing";
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            load = await loader.LoadAsync(directory, forceRebuild: true, progress, cancellationToken);
            task.Value = task.MaxValue;
        });
        return load!;
    }

    private static void Report(CorpusIndexLoad load)
    {
        var index = load.Index;
        Console.WriteLine($"Indexed {index.Articles.Count} articles, {index.Passages.Count} passages, {index.Timeline.Count} dated events in {load.Elapsed.TotalMilliseconds:F0} ms (fingerprint {index.Fingerprint}).");
        foreach (var rejected in index.Rejected)
        {
            Console.WriteLine($"rejected {rejected.Path}: {rejected.Reason}");
        }

        foreach (var warning in index.Warnings)
        {
            Console.WriteLine($"warning {warning.Path}: {warning.Reason}");
        }

        if (load.SnapshotProblem is not null)
        {
            Console.Error.WriteLine($"warning: {load.SnapshotProblem}");
        }
    }
}
