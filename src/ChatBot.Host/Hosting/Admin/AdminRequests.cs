using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;

namespace ChatBot.Host.Hosting.Admin;

/// <summary>
/// What the admin endpoint answers, each request with the bearer token from the handoff file (anything else: 401):
/// <c>GET /ping</c>, <c>GET /factcards[?tag=]</c> (the cards as `factcards list` shows them, against this host's
/// corpus) and <c>POST /factcards/import</c> (the same all-or-nothing import as the command line's own).
/// </summary>
internal sealed class AdminRequests(IServiceProvider services, string databasePath, string token)
{
    /// <summary>Far more than any fact-card file; the listener refuses bigger bodies.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;
    private readonly byte[] expected = Encoding.UTF8.GetBytes($"Bearer {token}");

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!Authorized(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        switch (context.Request.Method, context.Request.Path.Value)
        {
            case ("GET", "/ping"):
                await context.Response.WriteAsJsonAsync(new AdminPing(Environment.ProcessId, databasePath), AdminJson.Options, cancellationToken);
                break;
            case ("GET", "/factcards"):
                var corpus = services.GetRequiredService<ICorpusIndexProvider>().Current;
                var cards = await services.GetRequiredService<FactCardService>().ListAsync(context.Request.Query["tag"].FirstOrDefault(), cancellationToken);
                await context.Response.WriteAsJsonAsync(cards.Select(c => FactCardListing.Of(c, corpus)).ToList(), AdminJson.Options, cancellationToken);
                break;
            case ("POST", "/factcards/import"):
                await ImportAsync(context, cancellationToken);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task ImportAsync(HttpContext context, CancellationToken cancellationToken)
    {
        AdminImportRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<AdminImportRequest>(AdminJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or BadHttpRequestException)
        {
            request = null;
        }

        if (request is not { By.Length: > 0 and <= 100, Items: not null })
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var report = await services.GetRequiredService<FactCardImporter>().ImportAsync(request.Items, FactCardActor.Cli(request.By.Trim()), cancellationToken);
        await context.Response.WriteAsJsonAsync(report, AdminJson.Options, cancellationToken);
    }

    private bool Authorized(HttpRequest request) =>
        request.Headers.Authorization is [{ } header] && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), expected);
}
