using ChatBot.Core.FactCards;

namespace ChatBot.Host.AdminConsole;

/// <summary>A revision with the fields it changed, each before and after (empty before for a new card).</summary>
public sealed record RevisionDiff(FactCardRevision Revision, IReadOnlyList<FieldChange> Fields)
{
    public static RevisionDiff Of(FactCardRevision? previous, FactCardRevision revision)
    {
        var (before, after) = (previous?.Card.Content, revision.Card.Content);
        var fields = new List<FieldChange>();
        Add(fields, "Title", before?.Title, after.Title);
        Add(fields, "Summary", before?.Summary, after.Summary);
        Add(fields, "Status", before?.Status.ToString().ToLowerInvariant(), after.Status.ToString().ToLowerInvariant());
        Add(fields, "Tags", before is null ? null : string.Join(", ", before.Tags), string.Join(", ", after.Tags));
        for (var i = 0; i < Math.Max(before?.Facts.Count ?? 0, after.Facts.Count); i++)
        {
            Add(fields, $"Fact {i + 1}", Fact(before?.Facts, i), Fact(after.Facts, i));
        }

        return new RevisionDiff(revision, fields);
    }

    private static string? Fact(IReadOnlyList<FactCardFact>? facts, int i) =>
        facts is not null && i < facts.Count ? $"{facts[i].Text} [{facts[i].ArticleId}: “{facts[i].Quote}”]" : null;

    private static void Add(List<FieldChange> fields, string name, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            fields.Add(new FieldChange(name, before ?? "", after ?? ""));
        }
    }
}
