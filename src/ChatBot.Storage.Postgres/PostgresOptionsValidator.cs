using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>Checks <see cref="PostgresOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class PostgresOptionsValidator : IValidateOptions<PostgresOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(PostgresOptions o)
    {
        if (o.Provider != StorageProvider.Postgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            yield return "ConnectionStrings:Postgres must be set when ChatBot:Storage:Provider is Postgres (Host=…;Database=…;Username=…;Password=…)";
        }
        else if (Problem(o.ConnectionString) is { } problem)
        {
            yield return $"ConnectionStrings:Postgres is not a valid connection string: {problem}";
        }
    }

    private static string? Problem(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message.Split('\n')[0].Trim();
        }
    }
}
