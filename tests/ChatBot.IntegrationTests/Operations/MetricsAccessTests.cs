using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ChatBot.IntegrationTests.Operations;

public sealed class MetricsAccessTests
{
    private static readonly Uri Metrics = new("/metrics", UriKind.Relative);

    [Fact]
    public async Task WithABearerToken_MetricsNeedIt()
    {
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Metrics:BearerToken"] = "scrape-secret";
        using var client = factory.CreateClient();

        using var anonymous = await client.GetAsync(Metrics);
        using var wrong = await SendAsync(client, "Bearer scrape-secreT");
        using var right = await SendAsync(client, "Bearer scrape-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("service_name=\"chatbot\"", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAMetricsPort_MetricsAreServedThereOnly_AndThePublicPortKeepsTheRest()
    {
        var publicPort = FreePort();
        var metricsPort = FreePort();
        using var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Metrics:Port"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, publicPort);
            kestrel.Listen(IPAddress.Loopback, metricsPort);
        });
        factory.StartServer();
        Assert.Equal(2, factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Count);
        using var onPublic = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{publicPort}") };
        using var onMetrics = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{metricsPort}") };

        Assert.Equal(HttpStatusCode.NotFound, (await onPublic.GetAsync(Metrics)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onPublic.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Contains("service_name=\"chatbot\"", await onMetrics.GetStringAsync(Metrics), StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_AreFromTheServiceNamedChatbot()
    {
        using var factory = new ChatBotFactory();

        var resource = factory.Services.GetRequiredService<MeterProvider>().GetResource();

        Assert.Contains(new KeyValuePair<string, object>("service.name", "chatbot"), resource.Attributes);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Metrics);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await client.SendAsync(request);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
