namespace ChatBot.Host.Cli;

/// <summary>Configuration keys the shared CLI options set.</summary>
internal static class CliOverrides
{
    public static Dictionary<string, string?> From(string? corpus = null, string? database = null)
    {
        var overrides = new Dictionary<string, string?>();
        if (corpus is not null)
        {
            overrides["ChatBot:Corpus:Directory"] = corpus;
        }

        if (database is not null)
        {
            overrides["ChatBot:Storage:DatabasePath"] = database;
        }

        return overrides;
    }
}
