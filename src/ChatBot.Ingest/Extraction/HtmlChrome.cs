using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// Removes site chrome before the Readability pass: navigation, share bars, cookie banners, comments, related
/// articles, newsletter and paywall boxes, captions, scripts and forms. Readability scores text density; these
/// boxes are dense enough to survive it on real news sites, so they go by their roles, tags and class names first.
/// </summary>
internal static partial class HtmlChrome
{
    private const string ChromeTags = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, aside, footer, form, button, select, input, textarea, figcaption, dialog";
    private const string ChromeRoles = "[role='navigation' i], [role='banner' i], [role='contentinfo' i], [role='complementary' i], [role='dialog' i], [role='alert' i], [aria-hidden='true'], [hidden]";

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(ChromeTags).Concat(document.QuerySelectorAll(ChromeRoles)).ToList())
        {
            element.Remove();
        }

        // Page-level headers (masthead, menus) go; a header inside the article only holds its title and byline.
        foreach (var header in document.QuerySelectorAll("header").Where(h => h.Closest("article") is null).ToList())
        {
            header.Remove();
        }

        var pageText = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.Body?.QuerySelectorAll("*").Where(e => IsChromeByName(e, pageText)).ToList() ?? [])
        {
            element.Remove();
        }
    }

    private static bool IsChromeByName(IElement element, int pageText)
    {
        // "story-body share-enabled" names a share feature, not a share bar: a box holding the article, or most of the
        // page's text, is never chrome by its name alone.
        if (element.LocalName is "html" or "body" or "article" or "main" || element.QuerySelector("article, main") is not null
            || element.TextContent.Length * 2 > pageText)
        {
            return false;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && ChromeName().IsMatch(names);
    }

    [GeneratedRegex(@"(^|[\s_-])(cookie|consent|gdpr|share|sharing|social|comment|comments|related|recommend|more-stories|newsletter|subscribe|subscription|paywall|promo|advert|ad-slot|ads|sponsor|breadcrumb|byline|dateline|tags|tag-list|author-bio|site-header|site-footer|masthead|menu|toolbar|skip-link|print|popup|modal|banner|teaser-list|most-read|trending)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeName();
}
