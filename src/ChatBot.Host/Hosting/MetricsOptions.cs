namespace ChatBot.Host.Hosting;

/// <summary>
/// The <c>ChatBot:Metrics</c> section: who may read <c>/metrics</c>. By default anyone who reaches the host can; set a
/// <see cref="Port"/> (and listen on it, e.g. <c>--urls "http://0.0.0.0:8080;http://127.0.0.1:9464"</c>) to keep it
/// off the public port, and/or a <see cref="BearerToken"/> that the scraper must send.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "ChatBot:Metrics";

    public bool Enabled { get; set; } = true;

    /// <summary>When set, /metrics answers only on connections to this local port; on any other port it does not exist (404).</summary>
    public int? Port { get; set; }

    /// <summary>Secret: when set, /metrics needs <c>Authorization: Bearer …</c> with it. Set it through <c>ChatBot__Metrics__BearerToken</c>.</summary>
    public string? BearerToken { get; set; }
}
