namespace ChatBot.Core.Storage;

/// <summary>Why an answer was not helpful, as offered after a 👎 (the stored values are the keys).</summary>
public static class FeedbackReasons
{
    public const string Other = "other";

    /// <summary>Key and button label, in the order the buttons are shown.</summary>
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        ("wrong", "Wrong"),
        ("incomplete", "Incomplete"),
        ("unclear", "Unclear"),
        ("outdated", "Outdated"),
        (Other, "Other…"),
    ];

    public static bool IsKnown(string key) => All.Any(r => r.Key == key);

    public static string Label(string key) => All.FirstOrDefault(r => r.Key == key).Label?.TrimEnd('…') ?? key;
}
