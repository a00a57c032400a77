namespace ChatBot.Core.Commands;

/// <summary>
/// A platform-neutral reply. <see cref="Body"/> is plain text (no markup, nothing escaped) with citation markers
/// such as [1]; adapters render and escape it, and must never turn any of it into a live mention.
/// <see cref="ShowQuotes"/> asks the renderer to show each source's quote. For a button press,
/// <see cref="ReplaceOriginal"/> asks to update the message the button is on instead of sending a new one.
/// </summary>
public sealed record Reply
{
    public required ReplyKind Kind { get; init; }
    public string? Title { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<ReplySource> Sources { get; init; } = [];
    public bool ShowQuotes { get; init; }

    /// <summary>Show each source's article id (the id fact-card forms ask for), as /sources does.</summary>
    public bool ShowArticleIds { get; init; }
    public IReadOnlyList<ReplyTimelineItem> Timeline { get; init; } = [];
    public IReadOnlyList<ReplyField> Fields { get; init; } = [];

    /// <summary>Rows of buttons; renderers keep platform limits (Discord: 5 rows of 5).</summary>
    public IReadOnlyList<IReadOnlyList<ReplyButton>> ButtonRows { get; init; } = [];
    public ReplyVisibility Visibility { get; init; } = ReplyVisibility.Ephemeral;
    public string? Footer { get; init; }

    /// <summary>Times and people marked in <see cref="Body"/> (see <see cref="ReplyInlines"/>).</summary>
    public IReadOnlyList<ReplyInline> Inlines { get; init; } = [];

    /// <summary>The body as plain text, times and people written out.</summary>
    public string PlainBody => ReplyInlines.Resolve(Body, Inlines);

    public bool ReplaceOriginal { get; init; }

    /// <summary>When sent privately, offer "Share to channel", which posts the same reply publicly, naming the sharer.</summary>
    public bool Shareable { get; init; }

    /// <summary>When set, the adapter opens this form instead of posting a message.</summary>
    public ReplyForm? Form { get; init; }

    /// <summary>Files sent with the message (a timeline picture); the message stands on its own without them.</summary>
    public IReadOnlyList<ReplyAttachment> Attachments { get; init; } = [];

    public static Reply Error(string message) => new() { Kind = ReplyKind.Error, Body = message };

    public static Reply Info(string message, ReplyVisibility visibility = ReplyVisibility.Ephemeral) => new() { Kind = ReplyKind.Info, Body = message, Visibility = visibility };
}
