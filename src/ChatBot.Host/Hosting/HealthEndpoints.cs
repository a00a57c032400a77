using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>
/// /healthz: the process is alive. /readyz: 200 when the corpus is indexed (questions can be answered), 503 when it
/// is not. A database that cannot be used makes the bot "degraded", not unready: answers still work, without the
/// cache, so traffic should keep coming. The database part says why and what to do, naming the file but never its
/// full path.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (CorpusIndexHolder corpus, ChatBotDatabase database) =>
        {
            var index = corpus.Current;
            var ready = index.Articles.Count > 0;
            var store = database.EnsureOpened();
            var body = new
            {
                ready,
                status = !ready ? "not ready" : store.IsOpen ? "ready" : "degraded",
                articles = index.Articles.Count,
                passages = index.Passages.Count,
                fingerprint = index.Fingerprint,
                database = new
                {
                    state = store.State.ToString().ToLowerInvariant(),
                    file = Path.GetFileName(store.Path),
                    problem = store.Reason,
                    action = store.Action,
                },
            };
            return ready ? Results.Json(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
