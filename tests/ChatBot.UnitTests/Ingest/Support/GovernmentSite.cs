namespace ChatBot.UnitTests.Ingest.Support;

/// <summary>
/// A government press release as ministries publish them: skip link, breadcrumb, menu, no JSON-LD but meta tags
/// (DC.*, author), a "was this page helpful" box, related links and a footer. Invented content (year 2031).
/// </summary>
internal static class GovernmentSite
{
    public static readonly string[] Article =
    [
        "The Headquarters for the Abduction Issue held its annual briefing for local governments in Tokyo on 4 February 2031, attended by officials from all 47 prefectures.",
        "Officials reviewed the awareness campaigns run in schools during the past year, including the screening of the animated film and essay contests for junior high school students.",
        "Next steps",
        "Prefectures were asked to hold at least one public event in the awareness week in December, and to send reports on attendance to the headquarters by the end of January.",
    ];

    public static readonly string[] Chrome =
    [
        "Skip to main content",
        "Home > Press releases > 2031",
        "About us Policies Press releases Contact",
        "Was this page helpful? Yes No",
        "Related links: Awareness week poster downloads",
        "Page last updated: 5 February 2031",
        "Privacy policy | Accessibility | Site map",
    ];

    public static SiteFixture Fixture(string baseUrl) => new(
        "/en/press/2031/0204-briefing.html",
        Html(),
        "Annual briefing for local governments on the abduction issue",
        "Headquarters for the Abduction Issue",
        "Government of Japan (example)",
        "2031-02-04",
        baseUrl + "/en/press/2031/0204-briefing.html",
        Article,
        Chrome);

    private static string Html() => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Annual briefing for local governments on the abduction issue - Headquarters for the Abduction Issue</title>
          <meta name="DC.title" content="Annual briefing for local governments on the abduction issue">
          <meta name="author" content="Headquarters for the Abduction Issue">
          <meta name="DC.date" content="2031-02-04">
          <meta property="og:site_name" content="Government of Japan (example)">
        </head>
        <body>
          <a class="skip-link" href="#main">Skip to main content</a>
          <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/press">Press releases</a> &gt; 2031</div>
          <div id="menu"><a href="/about">About us</a> <a href="/policies">Policies</a> <a href="/press">Press releases</a> <a href="/contact">Contact</a></div>
          <div id="main" role="main">
            <h1>Annual briefing for local governments on the abduction issue</h1>
            <p>{{Article[0]}}</p>
            <p>{{Article[1]}}</p>
            <h2>{{Article[2]}}</h2>
            <p>{{Article[3]}}</p>
          </div>
          <div class="feedback-survey"><p>Was this page helpful? <button>Yes</button> <button>No</button></p></div>
          <div class="related-links"><p>Related links: <a href="/posters">Awareness week poster downloads</a></p></div>
          <div class="site-footer"><p>Page last updated: 5 February 2031</p><p><a href="/privacy">Privacy policy</a> | <a href="/a11y">Accessibility</a> | <a href="/sitemap">Site map</a></p></div>
        </body>
        </html>
        """;
}
