using System.Net;
using System.Net.Sockets;

namespace ChatBot.Ingest.Fetching;

/// <summary>
/// The HTTP handler every ingest request goes through. The address check happens in the connect callback, on the
/// address the socket actually connects to, so a name that resolves to a public address when checked and a private
/// one when connected (DNS rebinding) cannot slip through; redirects are followed by the caller, hop by hop, and
/// each hop connects through here again. No proxy: a proxy would make the callback judge the proxy's address.
/// </summary>
internal static class GuardedHandler
{
    /// <param name="whyRefused">The address policy; <see cref="NetworkAddressClassifier.WhyRefused"/> unless a test stands in a "public" loopback server.</param>
    public static SocketsHttpHandler Create(IngestOptions options, Func<IPAddress, string?>? whyRefused = null) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context, options.AllowPrivateNetworks ? null : whyRefused ?? NetworkAddressClassifier.WhyRefused, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, Func<IPAddress, string?>? whyRefused, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new IngestException($"{host} does not resolve to any address");
        }

        if (whyRefused is not null)
        {
            foreach (var address in addresses)
            {
                if (whyRefused(address) is { } why)
                {
                    throw new IngestException($"refused: {host} resolves to {address}, {why} (set ChatBot:Ingest:AllowPrivateNetworks to allow)");
                }
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Connect to the checked addresses themselves, never to the name again.
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
