namespace ChatBot.Host.Cli;

/// <summary>
/// Reads a --batch file ("-" for standard input): one entry per line, every line kept so output lines match input
/// lines.
/// </summary>
internal static class BatchInput
{
    public static IReadOnlyList<string> Read(string path)
    {
        if (path == "-")
        {
            var lines = new List<string>();
            while (Console.In.ReadLine() is { } line)
            {
                lines.Add(line);
            }

            return lines;
        }

        return File.Exists(path) ? File.ReadAllLines(path) : throw new UsageException($"batch file not found: {path}");
    }

    public static string Single(string? argument, string? batch, string what)
    {
        if (argument is not null && batch is not null)
        {
            throw new UsageException($"give either a {what} or --batch FILE, not both");
        }

        return argument ?? throw new UsageException($"a {what} is required (or --batch FILE)");
    }
}
