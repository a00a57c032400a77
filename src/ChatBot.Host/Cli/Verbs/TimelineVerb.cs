using System.CommandLine;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;
using ChatBot.Core.Timeline.Pictures;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot timeline [--from YEAR] [--to YEAR] [--about TEXT] [--picture FILE]`: dated events, oldest first, merged
/// across articles; with --picture, also the timeline drawn as a PNG (what /timeline picture:true attaches).
/// </summary>
internal static class TimelineVerb
{
    public static Command Create()
    {
        var from = new Option<int?>("--from") { Description = "First year" };
        var to = new Option<int?>("--to") { Description = "Last year" };
        var about = new Option<string?>("--about") { Description = "Only events about this topic" };
        var corpus = SharedOptions.Corpus();
        var json = SharedOptions.Json();
        var picture = new Option<string?>("--picture") { Description = "Also draw the timeline as a PNG into this file" };
        var command = new Command("timeline", "List dated events from the corpus, oldest first") { from, to, about, corpus, json, picture };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (first, last) = (parsed.GetValue(from), parsed.GetValue(to));
            if (first > last)
            {
                throw new UsageException($"--from {first} is after --to {last}");
            }

            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)));

            await CliServices.LoadIndexAsync(services, cancellationToken);
            var index = services.GetRequiredService<ICorpusIndexProvider>().Current;
            var topic = parsed.GetValue(about) is { } text
                ? RetrievalContext.For(index).Planner.Plan(text, QuestionKind.Timeline)
                : null;
            var range = first is null && last is null ? null : new DateRange(first ?? 1, last ?? 9999);
            var found = TimelineQuery.Find(index, topic, range);
            var events = found.Select(e => new TimelineEventOutput(
                e.Date.Label,
                e.Date.Inferred,
                e.Text,
                [.. e.Sources.Select(s => new TimelineSourceOutput(s.ArticleId, s.PassageId, index.Article(s.ArticleId).Title, index.Article(s.ArticleId).Url, s.Quote))])).ToList();
            var output = new TimelineOutput(first, last, parsed.GetValue(about), events);
            Console.WriteLine(parsed.GetValue(json) ? JsonOutput.Line(output) : Text(output));
            if (parsed.GetValue(picture) is { } file)
            {
                var title = "Timeline" + new TimelineFilter(first, last, parsed.GetValue(about)).Describe();
                var drawn = TimelinePicture.Write(services.GetRequiredService<ITimelinePicture>(), TimelinePictures.Chart(title, index, found), file);
                if (!parsed.GetValue(json))
                {
                    Console.WriteLine(drawn);
                }
            }

            return 0;
        });
        return command;
    }

    private static string Text(TimelineOutput output) =>
        output.Events.Count == 0
            ? "No dated events match."
            : string.Join("\n", output.Events.Select(e => $"{e.Date,-26} {e.Text}\n{"",-26} — {string.Join("; ", e.Sources.Select(s => s.PassageId))}"));
}
