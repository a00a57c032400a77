using System.CommandLine;
using ChatBot.Core.Answers;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot ask "question"` or `--batch FILE`: a cited answer or a plain "not covered".</summary>
internal static class AskVerb
{
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "The question", Arity = ArgumentArity.ZeroOrOne };
        var corpus = SharedOptions.Corpus();
        var database = SharedOptions.Database();
        var json = SharedOptions.Json();
        var batch = SharedOptions.Batch();
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the answer cache" };
        var command = new Command("ask", "Answer a question from the corpus, with citations") { question, corpus, database, json, noCache, batch };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var batchFile = parsed.GetValue(batch);
            if (batchFile is not null && parsed.GetValue(question) is not null)
            {
                throw new UsageException("give either a question or --batch FILE, not both");
            }

            var questions = batchFile is null ? [BatchInput.Single(parsed.GetValue(question), null, "question")] : BatchInput.Read(batchFile);
            if (batchFile is null && QuestionSanitizer.Sanitize(questions[0]).Error is { } invalid)
            {
                throw new UsageException(invalid);
            }

            var useCache = !parsed.GetValue(noCache);
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus), parsed.GetValue(database)));
            await CliServices.LoadIndexAsync(services, cancellationToken);
            var answers = services.GetRequiredService<IAnswerService>();
            ReportDatabase(services, useCache);

            var exit = 0;
            foreach (var text in questions)
            {
                var answer = await answers.AskAsync(text, new AskOptions(useCache), cancellationToken);
                // The documented JSON shape is exact: who worded a generated answer is not part of it.
                Console.WriteLine(parsed.GetValue(json) || batchFile is not null ? JsonOutput.Line(answer with { GeneratedBy = null }) : AnswerText.Format(answer));
                exit = batchFile is null && answer.Status == AnswerStatus.Invalid ? 2 : exit;
            }

            return exit;
        });
        return command;
    }

    /// <summary>
    /// A locked, read-only or damaged database is one line on standard error; the answer comes anyway, uncached. A
    /// path holding something that is not a database is refused (exit code 1), untouched.
    /// </summary>
    private static void ReportDatabase(IServiceProvider services, bool useCache)
    {
        if (!useCache)
        {
            return;
        }

        var status = CliServices.Database(services, required: false).Status;
        if (!status.IsOpen)
        {
            Console.Error.WriteLine($"warning: {status.Problem}");
        }
    }
}
