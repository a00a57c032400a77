using System.CommandLine;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot healthcheck [--url URL]`: asks a running host for /healthz and exits 0 when it answers 200. Used by the
/// container's HEALTHCHECK (runtime images ship without curl). The port comes from the same configuration the host
/// uses (ASPNETCORE_HTTP_PORTS, default 8080).
/// </summary>
internal static class HealthcheckVerb
{
    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "Health endpoint (default: http://127.0.0.1:$ASPNETCORE_HTTP_PORTS/healthz)" };
        var command = new Command("healthcheck", "Exit 0 when the local host answers /healthz") { url };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(';', ',')[0].Trim();
            var target = new Uri(parsed.GetValue(url) ?? $"http://127.0.0.1:{port}/healthz");
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            try
            {
                using var response = await client.GetAsync(target, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return 0;
                }

                await Console.Error.WriteLineAsync($"unhealthy: {target} answered {(int)response.StatusCode}");
                return 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync($"unhealthy: {target}: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
