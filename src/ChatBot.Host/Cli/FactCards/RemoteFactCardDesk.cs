using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatBot.Core.FactCards;
using ChatBot.Host.Hosting.Admin;

namespace ChatBot.Host.Cli.FactCards;

/// <summary>
/// The cards of a database a running `chatbot serve` holds, through its loopback admin endpoint: the host lists and
/// imports with its own stores, corpus and moderation log. Any failure is one line (exit code 1), saying nothing was
/// changed unless the host said otherwise.
/// </summary>
internal sealed class RemoteFactCardDesk : IFactCardDesk
{
    private readonly HttpClient http;
    private readonly AdminHandoff handoff;

    private RemoteFactCardDesk(AdminHandoff handoff)
    {
        this.handoff = handoff;
        http = new HttpClient { BaseAddress = new Uri(handoff.Url), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", handoff.Token);
    }

    /// <summary>The desk, once the host has answered a ping naming this database; null with the reason otherwise.</summary>
    public static async Task<(RemoteFactCardDesk? Desk, string? Problem)> ConnectAsync(AdminHandoff handoff, string databasePath, CancellationToken cancellationToken)
    {
        var desk = new RemoteFactCardDesk(handoff);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var ping = await desk.SendAsync<AdminPing>(new HttpRequestMessage(HttpMethod.Get, "ping"), timeout.Token);
            if (ping.Database == databasePath)
            {
                return (desk, null);
            }

            desk.Dispose();
            return (null, $"the host at {handoff.Url} serves {ping.Database}, not this database");
        }
        catch (CommandFailedException e)
        {
            desk.Dispose();
            return (null, e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            desk.Dispose();
            return (null, desk.Failed("did not answer within 10 s").Message);
        }
    }

    public Task<IReadOnlyList<FactCardListing>> ListAsync(string? tag, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<FactCardListing>>(new HttpRequestMessage(HttpMethod.Get, tag is null ? "factcards" : $"factcards?tag={Uri.EscapeDataString(tag)}"), cancellationToken);

    public async Task<IReadOnlyList<FactCard>> CardsAsync(CancellationToken cancellationToken) =>
        [.. (await ListAsync(null, cancellationToken)).Select(l => l.Card)];

    public Task<FactCardImportReport> ImportAsync(IReadOnlyList<FactCardImportItem> items, string by, CancellationToken cancellationToken) =>
        SendAsync<FactCardImportReport>(new HttpRequestMessage(HttpMethod.Post, "factcards/import") { Content = new StringContent(JsonSerializer.Serialize(new AdminImportRequest(by, items), AdminJson.Options), Encoding.UTF8, "application/json") }, cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                return response.StatusCode switch
                {
                    HttpStatusCode.OK => await response.Content.ReadFromJsonAsync<T>(AdminJson.Options, cancellationToken) ?? throw Failed("sent an empty answer"),
                    HttpStatusCode.Unauthorized => throw Failed("refused the token beside the database (is the file left over from an earlier run?)"),
                    var status => throw Failed($"answered {(int)status} {status}"),
                };
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw Failed(e is TaskCanceledException ? "did not answer in time" : $"could not be reached ({e.Message.Split('\n')[0].Trim()})");
            }
        }
    }

    private CommandFailedException Failed(string what) => new($"the running `chatbot serve` (pid {handoff.Pid}) at {handoff.Url} {what}");
}
