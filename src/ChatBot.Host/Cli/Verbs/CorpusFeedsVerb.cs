using System.CommandLine;
using ChatBot.Core.Indexing;
using ChatBot.Ingest;
using ChatBot.Ingest.Feeds;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot corpus feeds add &lt;url&gt;` follows an RSS or Atom feed (ChatBot:Ingest:FeedsFile); `corpus feeds sync`
/// turns each new item's page into a pending article in ChatBot:Ingest:PendingDirectory for a moderator to review.
/// </summary>
internal static class CorpusFeedsVerb
{
    public static Command Create()
    {
        var command = new Command("feeds", "Follow RSS and Atom feeds: new items become pending articles to review");
        var url = new Argument<string>("url") { Description = "The feed's http(s) address" };
        var add = new Command("add", "Follow a feed (checked to be RSS or Atom)") { url };
        add.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(), (s, _) => s.AddIngest());
            var feed = await RunAsync(() => services.GetRequiredService<FeedSync>().AddAsync(parsed.GetValue(url)!, cancellationToken));
            Console.WriteLine($"Following {feed.Title}: {feed.Url}");
            return 0;
        });

        var corpus = SharedOptions.Corpus();
        var sync = new Command("sync", "Fetch the followed feeds; each new item's page becomes a pending article") { corpus };
        sync.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)), (s, _) => s.AddIngest());
            var directory = services.GetRequiredService<IOptions<CorpusOptions>>().Value.Directory;
            var options = services.GetRequiredService<IngestOptions>();
            var lines = await RunAsync(() => services.GetRequiredService<FeedSync>().SyncAsync(directory, cancellationToken));
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            var pending = lines.Count(l => l.StartsWith("pending ", StringComparison.Ordinal));
            Console.WriteLine($"{pending} new pending article{(pending == 1 ? "" : "s")} in {options.PendingDirectory}; review each and move it into {Path.Combine(directory, "articles")} to add it.");
            return 0;
        });

        command.Subcommands.Add(add);
        command.Subcommands.Add(sync);
        return command;
    }

    private static async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (IngestException e)
        {
            throw new CommandFailedException(e.Message);
        }
    }
}
