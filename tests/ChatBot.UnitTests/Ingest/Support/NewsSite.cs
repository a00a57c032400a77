namespace ChatBot.UnitTests.Ingest.Support;

/// <summary>
/// A news article page as news sites serve them: masthead and menu, cookie banner, share bar, byline box, JSON-LD
/// NewsArticle, the article (paragraphs, a heading, a list, a block quote), a paywall teaser, related articles,
/// a newsletter box, comments and a footer. The events are invented for the tests (year 2031).
/// </summary>
internal static class NewsSite
{
    public static readonly string[] Article =
    [
        "Families of people abducted by North Korea opened a new reading room in Niigata on Tuesday, collecting letters, photographs and court records that had been scattered across private homes for decades.",
        "The room, on the second floor of the prefectural library, holds more than 4,000 documents donated by relatives since the association was founded, organisers said.",
        "What the archive holds",
        "Letters written by relatives to the government between 1978 and 2002.",
        "Photographs of search parties on the Sea of Japan coast.",
        "Transcripts of the association's annual meetings.",
        "“We want the next generation to read what our parents wrote, in their own words,” said Haruka Ishida, who chairs the families’ association.",
        "The reading room is open to the public on weekdays, and researchers may ask for copies of most documents. A catalogue of the collection will be published online next spring, the library said.",
        "Organisers said the collection would keep growing as more families come forward with papers they had kept at home, some of them written in pencil and never shown to anyone outside the family.",
    ];

    public static readonly string[] Chrome =
    [
        "We use cookies to improve your experience. Accept all",
        "Share on Facebook",
        "Share on X",
        "Copy link",
        "Subscribe to continue reading — only ¥100 for your first month",
        "Related: Typhoon season starts early in Kyushu",
        "Related: Baseball league announces new schedule",
        "Sign up for our morning newsletter",
        "12 comments",
        "This is a disgrace, the government should do more.",
        "© 2031 Coastal Daily Press. All rights reserved.",
        "Home World Politics Business Sport",
        "By Kenji Watanabe, Staff Writer",
    ];

    public static SiteFixture Fixture(string baseUrl) => new(
        "/news/2031/03/niigata-reading-room",
        Html(baseUrl),
        "Abductees’ families open reading room in Niigata",
        "Kenji Watanabe",
        "Coastal Daily Press",
        "2031-03-11",
        baseUrl + "/news/2031/03/niigata-reading-room",
        Article,
        Chrome);

    private static string Html(string baseUrl) => $$$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Abductees’ families open reading room in Niigata | Coastal Daily Press</title>
          <link rel="canonical" href="{{{baseUrl}}}/news/2031/03/niigata-reading-room">
          <meta property="og:title" content="Families open Niigata reading room (OG title)">
          <meta property="og:site_name" content="Coastal Daily">
          <meta property="article:published_time" content="2031-03-12T01:00:00Z">
          <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Coastal Daily Website"},
            {"@type": "NewsArticle", "headline": "Abductees’ families open reading room in Niigata",
             "author": [{"@type": "Person", "name": "Kenji Watanabe"}],
             "datePublished": "2031-03-11T18:30:00+09:00",
             "publisher": {"@type": "Organization", "name": "Coastal Daily Press"}}]}
          </script>
          <script>document.write('tracking');</script>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. <button>Accept all</button></p></div>
          <header class="site-header"><a href="/">Coastal Daily Press</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <main>
            <article>
              <header>
                <h1>Abductees’ families open reading room in Niigata</h1>
                <div class="byline">By Kenji Watanabe, Staff Writer</div>
                <time datetime="2031-03-11">March 11, 2031</time>
              </header>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
              <figure><img src="/img/room.jpg" alt=""><figcaption>The new reading room. Photo: Coastal Daily</figcaption></figure>
              <div class="article-body">
                <p>{{{Article[0]}}}</p>
                <p>{{{Article[1]}}}</p>
                <h2>{{{Article[2]}}}</h2>
                <ul><li>{{{Article[3]}}}</li><li>{{{Article[4]}}}</li><li>{{{Article[5]}}}</li></ul>
                <blockquote><p>{{{Article[6]}}}</p></blockquote>
                <p>{{{Article[7]}}}</p>
                <p>{{{Article[8]}}}</p>
              </div>
              <div class="paywall-teaser"><p>Subscribe to continue reading — only ¥100 for your first month</p></div>
            </article>
            <aside class="related"><h3>More stories</h3><ul><li><a href="/a">Related: Typhoon season starts early in Kyushu</a></li><li><a href="/b">Related: Baseball league announces new schedule</a></li></ul></aside>
            <div class="newsletter"><p>Sign up for our morning newsletter</p><form><input type="email"></form></div>
            <section id="comments" class="comments"><h3>12 comments</h3><div class="comment"><p>This is a disgrace, the government should do more.</p></div></section>
          </main>
          <footer><p>© 2031 Coastal Daily Press. All rights reserved.</p></footer>
        </body>
        </html>
        """;
}
