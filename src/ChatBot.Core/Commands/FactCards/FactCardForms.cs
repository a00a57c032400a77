using ChatBot.Core.FactCards;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// The create and edit forms (a Discord modal, a Slack modal: five fields at most) and reading their submission.
/// Facts and details are plain text in the <see cref="FactCardText"/> format, pre-filled so the format shows.
/// </summary>
public static class FactCardForms
{
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Facts = "facts";
    public const string Details = "details";

    private const string FactsPlaceholder = "The fact in your words\nsource: <article id from /sources>\nquote: <the exact sentence>";

    public static ReplyForm Create(IReadOnlyDictionary<string, string>? values = null) =>
        new(FactCardActions.CreateFormId(), "New fact card", [new FormField(Slug, "Slug (lower-case-words; fixed once saved)", Value: Get(values, Slug), MaxLength: FactCardLimits.SlugMax, Placeholder: "pyongyang-summit-2002"), .. ContentFields(values)]);

    public static ReplyForm Edit(string slug, int version, IReadOnlyDictionary<string, string> values) =>
        new(FactCardActions.EditFormId(slug, version), $"Edit {slug}", ContentFields(values));

    public static Dictionary<string, string> ValuesOf(FactCardContent content, string? slug = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Title] = content.Title,
            [Summary] = content.Summary,
            [Facts] = FactCardText.FormatFacts(content.Facts),
            [Details] = FactCardText.FormatDetails(content.Status, content.Tags),
        };
        if (slug is not null)
        {
            values[Slug] = slug;
        }

        return values;
    }

    public static FactCardSubmission Parse(IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<FactCardProblem>();
        var facts = FactCardText.ParseFacts(Get(values, Facts) ?? "", problems);
        var (status, tags) = FactCardText.ParseDetails(Get(values, Details) ?? "", problems);
        var content = new FactCardContent(Get(values, Title) ?? "", Get(values, Summary) ?? "", facts, status ?? FactCardStatus.Unverified, tags);
        return new FactCardSubmission((Get(values, Slug) ?? "").Trim().ToLowerInvariant(), content, problems);
    }

    private static IReadOnlyList<FormField> ContentFields(IReadOnlyDictionary<string, string>? values) =>
    [
        new FormField(Title, "Title", Value: Get(values, Title), MaxLength: FactCardLimits.TitleMax),
        new FormField(Summary, "Summary (your own words)", Multiline: true, Value: Get(values, Summary), MaxLength: FactCardLimits.SummaryMax),
        new FormField(Facts, "Facts: wording, source: and quote: lines", Multiline: true, Value: Get(values, Facts), MaxLength: FactCardLimits.FactsTextMax, Placeholder: FactsPlaceholder),
        new FormField(Details, "Status and tags", Multiline: true, Value: Get(values, Details) ?? FactCardText.FormatDetails(FactCardStatus.Unverified, []), MaxLength: 500),
    ];

    private static string? Get(IReadOnlyDictionary<string, string>? values, string key) =>
        values is not null && values.TryGetValue(key, out var value) ? value : null;
}
