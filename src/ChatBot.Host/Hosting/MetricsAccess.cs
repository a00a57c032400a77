using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Hosting;

/// <summary>Runs in front of the Prometheus exporter: the metrics port and the bearer token of <see cref="MetricsOptions"/>.</summary>
internal sealed class MetricsAccess(IOptions<MetricsOptions> options)
{
    private const string Scheme = "Bearer ";

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var settings = options.Value;
        if (settings.Port is { } port && context.Connection.LocalPort != port)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (!string.IsNullOrEmpty(settings.BearerToken) && !Authorized(context.Request.Headers.Authorization.ToString(), settings.BearerToken))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool Authorized(string header, string token) =>
        header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
}
