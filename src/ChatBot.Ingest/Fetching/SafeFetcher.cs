using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace ChatBot.Ingest.Fetching;

/// <summary>
/// Fetches one address for the corpus, safely: http(s) only, redirects followed by hand so every hop is checked
/// (scheme here, address in <see cref="GuardedHandler"/>), robots.txt asked first, one request per host per interval,
/// size limits from Content-Length and while reading, one deadline for the whole fetch, and the bytes checked against
/// the declared content type. Nothing fetched is executed.
/// </summary>
public sealed class SafeFetcher(HttpClient http, IngestOptions options, HostRateLimiter limiter, TimeProvider time)
{
    private const long MaxRobotsBytes = 512 * 1024;
    private readonly ConcurrentDictionary<string, RobotsRules> robots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        CheckAddress(url);
        using var deadline = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var (finalUrl, type, charset, body) = await GetAsync(url, limitFor: declared => declared is "application/pdf" or "application/x-pdf" or "application/octet-stream" or "" ? Math.Max(options.MaxPdfBytes, options.MaxHtmlBytes) : options.MaxHtmlBytes, checkRobots: true, linked.Token);
            var kind = ContentSniffer.Sniff(body, type, finalUrl.ToString());
            var limit = kind == ContentKind.Pdf ? options.MaxPdfBytes : options.MaxHtmlBytes;
            return body.Length > limit
                ? throw TooLarge(finalUrl, body.Length, limit)
                : new FetchedDocument(url, finalUrl, kind, body, charset);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new IngestException($"{url} timed out after {options.Timeout.TotalSeconds:0} s (ChatBot:Ingest:Timeout)");
        }
    }

    private static void CheckAddress(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new IngestException($"only http and https addresses can be fetched, not '{url}'");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new IngestException("addresses with a user name or password are refused");
        }
    }

    private async Task<(Uri Url, string Type, string? Charset, byte[] Body)> GetAsync(Uri url, Func<string, long> limitFor, bool checkRobots, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            CheckAddress(url);
            if (checkRobots && !(await RobotsForAsync(url, cancellationToken)).IsAllowed(url.PathAndQuery))
            {
                throw new IngestException($"robots.txt of {url.Host} does not allow fetching {url.AbsolutePath}");
            }

            await limiter.WaitTurnAsync(url.Authority, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,text/plain;q=0.8,*/*;q=0.5");
            using var response = await SendAsync(request, url, cancellationToken);
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= options.MaxRedirects)
                {
                    throw new IngestException($"{url} redirects more than {options.MaxRedirects} times");
                }

                url = new Uri(url, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new IngestException($"{url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}") { HttpStatus = (int)response.StatusCode };
            }

            var type = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
            var limit = limitFor(type);
            if (response.Content.Headers.ContentLength is { } length && length > limit)
            {
                throw TooLarge(url, length, limit);
            }

            return (url, type, response.Content.Headers.ContentType?.CharSet, await ReadLimitedAsync(response.Content, url, limit, cancellationToken));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (e.InnerException is IngestException refused)
        {
            throw new IngestException(refused.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw new IngestException($"could not fetch {url}: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri url, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw TooLarge(url, null, limit);
            }
        }

        return buffer.ToArray();
    }

    private async Task<RobotsRules> RobotsForAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (robots.TryGetValue(origin, out var cached))
        {
            return cached;
        }

        RobotsRules rules;
        try
        {
            var (_, _, _, body) = await GetAsync(new Uri(origin + "/robots.txt"), _ => MaxRobotsBytes, checkRobots: false, cancellationToken);
            rules = RobotsRules.Parse(Encoding.UTF8.GetString(body), options.UserAgent);
        }
        catch (IngestException e) when (e.HttpStatus is { } status)
        {
            // RFC 9309: an unavailable robots.txt (4xx) allows everything; an unreachable one (5xx) allows nothing.
            rules = status < 500 ? RobotsRules.AllowAll : RobotsRules.DisallowAll;
        }

        return robots.GetOrAdd(origin, rules);
    }

    private static IngestException TooLarge(Uri url, long? length, long limit) => new(length is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"{url} is {known:N0} bytes; the limit is {limit:N0}")
        : string.Create(CultureInfo.InvariantCulture, $"{url} is over the limit of {limit:N0} bytes"));
}
