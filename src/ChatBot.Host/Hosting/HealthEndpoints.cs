using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.Postgres;
using ChatBot.Storage.Redis.SharedState;

namespace ChatBot.Host.Hosting;

/// <summary>
/// /healthz: the process is alive. /readyz: 200 when the corpus is indexed (questions can be answered), 503 when it
/// is not. A database that cannot be used makes the bot "degraded", not unready: answers still work, without the
/// cache, so traffic should keep coming. The database part says why and what to do, naming the file but never its
/// full path. With Redis configured, a "redis" part says whether state is shared; unreachable is "degraded" too (each
/// replica then limits and de-duplicates on its own, and answers still work). With PostgreSQL
/// (ChatBot:Storage:Provider = Postgres) a <c>postgres</c> part says whether it answers now; one that does not makes the
/// bot "degraded" too (answers work, moderator writes do not).
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (CorpusIndexHolder corpus, ChatBotDatabase database, HttpContext context) =>
        {
            var index = corpus.Current;
            var ready = index.Articles.Count > 0;
            var store = database.EnsureOpened();
            var redis = context.RequestServices.GetService<RedisReadiness>() is { } shared ? await shared.CheckAsync(context.RequestAborted) : null;
            var postgres = context.RequestServices.GetService<PostgresDatabase>();
            var postgresProblem = postgres is null ? null : await postgres.ProbeAsync(context.RequestAborted);
            var body = new
            {
                ready,
                status = !ready ? "not ready" : store.IsOpen && redis is not { Shared: false } && postgresProblem is null ? "ready" : "degraded",
                articles = index.Articles.Count,
                passages = index.Passages.Count,
                fingerprint = index.Fingerprint,
                database = new
                {
                    state = store.State.ToString().ToLowerInvariant(),
                    file = Path.GetFileName(store.Path),
                    problem = WithoutLocation(store.Reason, store.Path),
                    action = WithoutLocation(store.Action, store.Path),
                },
            };
            var json = JsonSerializer.SerializeToNode(body)!.AsObject();
            if (redis is not null)
            {
                json["redis"] = new JsonObject { ["state"] = redis.State, ["shared"] = redis.Shared };
            }

            if (postgres is not null)
            {
                json["postgres"] = new JsonObject { ["state"] = postgresProblem is null ? "open" : "unavailable", ["problem"] = postgresProblem };
            }

            return ready ? Results.Json(json) : Results.Json(json, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    // Anyone who can reach /readyz reads this. Reasons are written without the path, but one that quotes an operating
    // system message (a file error) may still carry it: say what is wrong, never where the file lives on the server.
    private static string? WithoutLocation(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        text = text.Replace(full, Path.GetFileName(full), StringComparison.Ordinal).Replace(path, Path.GetFileName(path), StringComparison.Ordinal);
        return string.IsNullOrEmpty(folder) || folder == Path.GetPathRoot(full) ? text : text.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(folder, "(database folder)", StringComparison.Ordinal);
    }
}
