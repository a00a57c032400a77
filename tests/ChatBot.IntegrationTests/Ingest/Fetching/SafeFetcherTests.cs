using System.Net;
using System.Text;
using ChatBot.Ingest;
using ChatBot.Ingest.Fetching;
using ChatBot.IntegrationTests.Ingest.Support;
using ChatBot.UnitTests.Ingest.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Ingest.Fetching;

public sealed class SafeFetcherTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new();
    private FixtureWebServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FixtureWebServer.StartAsync();
        server.Serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
        server.Serve("/news", "text/html; charset=utf-8", NewsSite.Fixture(server.BaseUrl).Html);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    /// <summary>The guard as deployed, except that this loopback server stands in for a public site; every other address is judged as usual.</summary>
    private SafeFetcher Fetcher(IngestOptions? options = null, bool loopbackIsPublic = true)
    {
        options ??= new IngestOptions { MinIntervalPerHost = TimeSpan.Zero };
        Func<IPAddress, string?>? policy = loopbackIsPublic ? a => IPAddress.Loopback.Equals(a) ? null : NetworkAddressClassifier.WhyRefused(a) : null;
        return new SafeFetcher(new HttpClient(GuardedHandler.Create(options, policy)), options, new HostRateLimiter(options, time), time);
    }

    private Uri At(string path) => new(server.BaseUrl + path);

    [Fact]
    public async Task Fetch_AsksRobotsFirst_AndNamesTheBot()
    {
        var page = await Fetcher().FetchAsync(At("/news"));

        Assert.Equal(ContentKind.Html, page.Kind);
        Assert.Equal(["/robots.txt", "/news"], server.Requests.Select(r => r.Path));
        Assert.All(server.Requests, r => Assert.StartsWith("AbductionIssueChatBot/1.0", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_CarriesTheDeclaredCharset_SoAShiftJisPageIsReadAsJapanese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var shiftJis = Encoding.GetEncoding("shift_jis", System.Text.EncoderFallback.ExceptionFallback, System.Text.DecoderFallback.ExceptionFallback);
        const string Text = "<html><head><title>拉致問題</title></head><body><p>横田めぐみさんは1977年11月15日に拉致された。</p></body></html>";
        server.Serve("/sjis", "text/html; charset=Shift_JIS", shiftJis.GetBytes(Text));

        var page = await Fetcher().FetchAsync(At("/sjis"));

        Assert.Equal("Shift_JIS", page.Charset);
        Assert.Equal(Text, ChatBot.Ingest.Extraction.TextDecoding.Decode(page.Body, page.Charset, html: true));
    }

    [Fact]
    public async Task Fetch_RefusesALoopbackAddress_WhenPrivateNetworksAreNotAllowed()
    {
        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher(new IngestOptions(), loopbackIsPublic: false).FetchAsync(At("/news")));

        Assert.Contains("resolves to 127.0.0.1, a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Fetch_AllowsLoopback_WhenPrivateNetworksAreAllowed()
    {
        var options = new IngestOptions { AllowPrivateNetworks = true, MinIntervalPerHost = TimeSpan.Zero };

        var page = await Fetcher(options, loopbackIsPublic: false).FetchAsync(At("/news"));

        Assert.Equal(ContentKind.Html, page.Kind);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254, a cloud metadata address")]
    [InlineData("http://10.1.2.3/internal", "10.1.2.3, a private address")]
    [InlineData("http://[::1]:8080/", "::1, a loopback address")]
    [InlineData("http://[::ffff:192.168.0.10]/", "a private address")]
    [InlineData("file:///etc/passwd", "only http and https")]
    public async Task Fetch_RefusesARedirectHopToAForbiddenAddress(string location, string reason)
    {
        server.Redirect("/moved", "/moved-again");
        server.Redirect("/moved-again", location);

        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/moved")));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FollowsRedirectsToThePage()
    {
        server.Redirect("/short", "/news", 301);

        var page = await Fetcher().FetchAsync(At("/short"));

        Assert.Equal(At("/news"), page.FinalUrl);
    }

    [Fact]
    public async Task Fetch_RefusesA40MegabyteResponse_FromItsContentLength()
    {
        server.ServeLarge("/huge", 40L * 1024 * 1024, declareLength: true);

        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/huge")));

        Assert.EndsWith("is 41,943,040 bytes; the limit is 5,242,880", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_StopsReadingAnUndeclaredBodyAtTheLimit()
    {
        server.ServeLarge("/endless", 40L * 1024 * 1024, declareLength: false);

        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/endless")));

        Assert.EndsWith("is over the limit of 5,242,880 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_TakesAPdfOverTheHtmlLimit_UpToThePdfLimit()
    {
        server.ServeSized("/big.pdf", "application/pdf", "%PDF-1.7\n", 6L * 1024 * 1024);

        var pdf = await Fetcher().FetchAsync(At("/big.pdf"));

        Assert.Equal((ContentKind.Pdf, 6L * 1024 * 1024), (pdf.Kind, pdf.Body.LongLength));
    }

    [Fact]
    public async Task Fetch_RefusesAPdfOverThePdfLimit_FromItsContentLength()
    {
        server.ServeSized("/huge.pdf", "application/pdf", "%PDF-1.7\n", 30L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/huge.pdf")));

        Assert.EndsWith("is 31,457,280 bytes; the limit is 26,214,400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HoldsAnUntypedBodyToTheLimitOfWhatItsBytesAre()
    {
        // No useful Content-Type: read up to the PDF limit, but a web page over the HTML limit is still refused.
        server.ServeSized("/download", "application/octet-stream", "<!DOCTYPE html><html><body><p>x</p>", 6L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/download")));

        Assert.EndsWith("is 6,291,456 bytes; the limit is 5,242,880", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ResolvesAHostName_AndRefusesWhatItResolvesTo()
    {
        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher(new IngestOptions(), loopbackIsPublic: false).FetchAsync(new Uri(server.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/news")));

        Assert.StartsWith("refused: localhost resolves to ", error.Message, StringComparison.Ordinal);
        Assert.Contains("a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Fetch_RefusesBytesThatAreNotWhatTheServerSays()
    {
        server.Serve("/report", "text/html", ReportPdf.Build());
        server.Serve("/photo", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

        var pdfAsHtml = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/report")));
        var image = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/photo")));

        Assert.Contains("says it is text/html but its bytes are a PDF", pdfAsHtml.Message, StringComparison.Ordinal);
        Assert.Contains("a PNG image", image.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HonoursRobotsDisallow()
    {
        server.Serve("/members/story", "text/html", NewsSite.Fixture(server.BaseUrl).Html);

        var error = await Assert.ThrowsAsync<IngestException>(() => Fetcher().FetchAsync(At("/members/story")));

        Assert.Equal($"robots.txt of 127.0.0.1 does not allow fetching /members/story", error.Message);
        Assert.DoesNotContain(server.Requests, r => r.Path == "/members/story");
    }

    [Fact]
    public async Task Fetch_GivesUpOnASlowResponse_AtTheDeadline()
    {
        server.Hang("/slow");
        var fetch = Fetcher().FetchAsync(At("/slow"));
        await server.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        time.Advance(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<IngestException>(() => fetch);
        Assert.EndsWith("timed out after 30 s (ChatBot:Ingest:Timeout)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_WaitsASecondBeforeItsSecondRequestToTheSameHost()
    {
        var options = new IngestOptions { MinIntervalPerHost = TimeSpan.FromSeconds(1) };

        var fetch = Fetcher(options).FetchAsync(At("/news"));
        await server.Arrived("/robots.txt").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(fetch.IsCompleted);
        Assert.DoesNotContain(server.Requests, r => r.Path == "/news");

        time.Advance(TimeSpan.FromSeconds(1));

        await fetch.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["/robots.txt", "/news"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Fetch_ReadsAnRssFeedAsAFeed()
    {
        server.Serve("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>");

        var feed = await Fetcher().FetchAsync(At("/feed.xml"));

        Assert.Equal((ContentKind.Feed, "<?xml"), (feed.Kind, Encoding.UTF8.GetString(feed.Body)[..5]));
    }
}
