namespace ChatBot.Core.FactCards;

/// <summary>One line per changed field, for the revision history: "title: “Old” → “New”", "fact 2 changed".</summary>
public static class FactCardDiff
{
    public static IReadOnlyList<string> Changes(FactCardContent? before, FactCardContent after)
    {
        if (before is null)
        {
            return [$"created with {after.Facts.Count} fact{(after.Facts.Count == 1 ? "" : "s")}, status {after.Status.ToString().ToLowerInvariant()}"];
        }

        var changes = new List<string>();
        if (before.Title != after.Title)
        {
            changes.Add($"title: “{Shorten(before.Title)}” → “{Shorten(after.Title)}”");
        }

        if (before.Status != after.Status)
        {
            changes.Add($"status: {before.Status.ToString().ToLowerInvariant()} → {after.Status.ToString().ToLowerInvariant()}");
        }

        if (before.Summary != after.Summary)
        {
            changes.Add("summary changed");
        }

        for (var i = 0; i < Math.Max(before.Facts.Count, after.Facts.Count); i++)
        {
            var (old, now) = (i < before.Facts.Count ? before.Facts[i] : null, i < after.Facts.Count ? after.Facts[i] : null);
            var change = (old, now) switch
            {
                (null, { }) => $"fact {i + 1} added",
                ({ }, null) => $"fact {i + 1} removed",
                ({ }, { }) when old != now => $"fact {i + 1} changed{(old.Quote != now.Quote ? " (new quote)" : "")}",
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        if (!before.Tags.SequenceEqual(after.Tags, StringComparer.Ordinal))
        {
            changes.Add($"tags: {Tags(before.Tags)} → {Tags(after.Tags)}");
        }

        return changes;
    }

    private static string Tags(IReadOnlyList<string> tags) => tags.Count == 0 ? "none" : string.Join(", ", tags);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
