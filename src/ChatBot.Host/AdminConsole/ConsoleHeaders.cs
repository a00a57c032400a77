namespace ChatBot.Host.AdminConsole;

/// <summary>
/// Headers on every console response: no framing, no scripts, forms only to the console itself, and no Referer (a
/// sign-in link's token must not leak to a site the moderator follows a link to), nothing cached.
/// </summary>
internal static class ConsoleHeaders
{
    public static Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
        }

        return next();
    }
}
