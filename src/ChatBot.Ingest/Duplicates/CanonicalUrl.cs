namespace ChatBot.Ingest.Duplicates;

/// <summary>One spelling per address: lower-case scheme and host, no default port, no fragment, no tracking parameters, no trailing slash.</summary>
public static class CanonicalUrl
{
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]))
            .Order(StringComparer.Ordinal);
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var joined = string.Join('&', query);
        // http and https name the same article.
        return $"{uri.Host.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}{path}{(joined.Length > 0 ? "?" + joined : "")}";
    }

    public static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || name is "fbclid" or "gclid" or "mc_cid" or "mc_eid" or "ref" or "cmpid" or "ocid";
}
