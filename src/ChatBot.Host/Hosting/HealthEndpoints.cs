using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>/healthz: the process is alive. /readyz: the corpus is indexed and the database is open (never where it is).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (CorpusIndexHolder corpus, ChatBotDatabase database) =>
        {
            var index = corpus.Current;
            var ready = index.Articles.Count > 0 && database.Database is not null;
            var body = new { ready, articles = index.Articles.Count, passages = index.Passages.Count, fingerprint = index.Fingerprint, database = Describe(database.Status) };
            return ready ? Results.Json(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    // Anyone who can reach /readyz reads this: say what is wrong, but not where the file lives on the server.
    private static string Describe(DatabaseStatus status) =>
        status.IsOpen ? "open" : (status.Problem ?? "unavailable").Replace(status.Path, Path.GetFileName(status.Path), StringComparison.Ordinal);
}
