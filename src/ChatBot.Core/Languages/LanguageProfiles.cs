using System.Text.Json;

namespace ChatBot.Core.Languages;

/// <summary>
/// The language profiles and the names said for a script alone, read from <c>languages.json</c> (built into Core, so
/// the identifier always has them; the file is data an editor can extend).
/// </summary>
public sealed class LanguageProfiles
{
    private const string ResourceName = "ChatBot.Core.Languages.languages.json";
    private static readonly Lazy<LanguageProfiles> BuiltIn = new(() => Parse(ReadResource()));

    private LanguageProfiles(IReadOnlyList<LanguageProfile> languages, IReadOnlyDictionary<WritingScript, DetectedLanguage> scripts)
    {
        Languages = languages;
        Scripts = scripts;
    }

    public static LanguageProfiles Default => BuiltIn.Value;

    public IReadOnlyList<LanguageProfile> Languages { get; }

    /// <summary>What is said when only the script is known, by script.</summary>
    public IReadOnlyDictionary<WritingScript, DetectedLanguage> Scripts { get; }

    /// <summary>Reads the profile file's JSON (comments allowed); a malformed file is an <see cref="InvalidDataException"/> naming the problem.</summary>
    public static LanguageProfiles Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var scripts = root.GetProperty("scripts").EnumerateArray()
                .Select(s => new DetectedLanguage(Text(s, "code"), Text(s, "name"), Script(s)))
                .ToDictionary(s => s.Script);
            var languages = root.GetProperty("languages").EnumerateArray()
                .Select(l => new LanguageProfile(
                    Text(l, "code"),
                    Text(l, "name"),
                    Script(l),
                    Optional(l, "words").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                    Optional(l, "letters")))
                .ToList();
            return new LanguageProfiles(languages, scripts);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"the language profiles are malformed: {e.Message}", e);
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() is { Length: > 0 } value ? value : throw new InvalidDataException($"\"{name}\" is empty");

    private static string Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    private static WritingScript Script(JsonElement element) =>
        Enum.TryParse<WritingScript>(Text(element, "script"), ignoreCase: false, out var script) && script != WritingScript.Other
            ? script
            : throw new InvalidDataException($"\"{Text(element, "script")}\" is not a script the identifier knows");

    private static string ReadResource()
    {
        using var stream = typeof(LanguageProfiles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the built-in resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
