using ChatBot.Host.Cli;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>Runs `chatbot` verbs in this process with standard output and error captured (tests using it share <see cref="Study.ConsoleCollection"/>).</summary>
internal static class InProcessCli
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await ChatBotCommandLine.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
