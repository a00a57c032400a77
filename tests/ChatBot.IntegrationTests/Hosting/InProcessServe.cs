using ChatBot.Evaluation;
using ChatBot.Host.Composition;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Runs `serve` in this process over the bundled corpus, with its data in <c>data</c>, until it exits — for tests of
/// start-up failures — with standard error captured (tests using it share <see cref="Study.ConsoleCollection"/>).
/// </summary>
internal static class InProcessServe
{
    public static async Task<(int Exit, string Error)> RunAsync(DirectoryInfo data, params string[] settings)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = await WebHost.RunAsync(
            [
                "--urls=http://127.0.0.1:0",
                $"--ChatBot:Corpus:Directory={EvaluationSet.CorpusDirectory}",
                $"--ChatBot:Corpus:SnapshotDirectory={Path.Combine(data.FullName, "index")}",
                $"--ChatBot:Storage:DatabasePath={Path.Combine(data.FullName, "chatbot.db")}",
                .. settings,
            ]).WaitAsync(TimeSpan.FromSeconds(60));
            return (exit, error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
