namespace ChatBot.Host.AdminConsole;

/// <summary>Addresses from pages and files are shown as links only when they are http or https (never javascript: or data:).</summary>
internal static class SafeLink
{
    public static string? Http(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
