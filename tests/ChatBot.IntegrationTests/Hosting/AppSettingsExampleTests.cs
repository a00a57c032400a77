using System.Collections;
using System.Reflection;
using System.Text.Json;
using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// appsettings.example.json (the one the README points to) is the configuration reference: every ChatBot key in it
/// binds to a settable property of an options class, and every settable option is in it.
/// </summary>
public sealed class AppSettingsExampleTests
{
    private static readonly Assembly[] OptionAssemblies =
    [
        typeof(Core.DependencyInjection).Assembly, typeof(Program).Assembly, typeof(ChatBot.Discord.DependencyInjection).Assembly,
        typeof(ChatBot.Slack.DependencyInjection).Assembly, typeof(SemanticKernel.DependencyInjection).Assembly, typeof(Storage.LiteDb.DependencyInjection).Assembly,
        typeof(ChatBot.Ingest.DependencyInjection).Assembly, typeof(Storage.Redis.DependencyInjection).Assembly, typeof(Storage.Postgres.DependencyInjection).Assembly,
    ];

    /// <summary>Section → its options classes (ChatBot:Admin has two: the loopback endpoint's and the console's).</summary>
    private static readonly Dictionary<string, Type[]> Sections = OptionAssemblies
        .SelectMany(a => a.GetTypes())
        .Select(t => (Type: t, Section: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
            ?? t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
        .Where(s => s.Section?.StartsWith("ChatBot", StringComparison.Ordinal) == true)
        .GroupBy(s => s.Section!, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Select(s => s.Type).ToArray(), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void EveryChatBotKeyInTheExample_BindsToAnOptionsProperty()
    {
        var unbound = ExampleKeys().Where(key => Resolve(key) is null).ToList();

        Assert.Empty(unbound);
    }

    [Fact]
    public void EveryOption_IsInTheExample()
    {
        var keys = ExampleKeys().Select(k => k.Replace(":0", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Sections.SelectMany(s => s.Value.SelectMany(t => Keys(s.Key, t))).Where(k => !keys.Contains(k) && !keys.Any(e => e.StartsWith(k + ":", StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Empty(missing);
    }

    /// <summary>docker-compose.yml configures the replicas through environment variables: a mistyped one is silently ignored.</summary>
    [Fact]
    public void EveryChatBotKeyInDockerCompose_BindsToAnOptionsProperty()
    {
        var compose = File.ReadAllText(EvaluationSet.RepositoryPath("docker-compose.yml"));
        var keys = System.Text.RegularExpressions.Regex.Matches(compose, @"^\s+(?<key>ChatBot__[A-Za-z_]+):", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups["key"].Value.Replace("__", ":", StringComparison.Ordinal))
            .ToList();

        Assert.Contains("ChatBot:Storage:Provider", keys);
        Assert.DoesNotContain(keys, key => Resolve(key) is null);
    }

    [Fact]
    public void ThereIsOneExample()
    {
        Assert.True(File.Exists(EvaluationSet.RepositoryPath("appsettings.example.json")));
        Assert.False(File.Exists(EvaluationSet.RepositoryPath("src", "ChatBot.Host", "appsettings.example.json")));
    }

    /// <summary>The example's keys under ChatBot, configuration style (ChatBot:Discord:AllowedChannelIds:0), empty lists included.</summary>
    private static List<string> ExampleKeys()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(EvaluationSet.RepositoryPath("appsettings.example.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var keys = new List<string>();
        Walk("ChatBot", example.RootElement.GetProperty("ChatBot"), keys);
        return keys;
    }

    private static void Walk(string key, JsonElement element, List<string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk($"{key}:{property.Name}", property.Value, keys);
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk($"{key}:{i++}", item, keys);
                }

                break;
            default:
                keys.Add(key);
                break;
        }
    }

    /// <summary>The property a key binds to: the options class of the longest matching section, then property by property.</summary>
    private static PropertyInfo? Resolve(string key)
    {
        var section = Sections.Keys.Where(s => key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.Length);
        if (section is null)
        {
            return null;
        }

        return Sections[section].Select(type => Resolve(type, key[(section.Length + 1)..])).FirstOrDefault(p => p is not null);
    }

    private static PropertyInfo? Resolve(Type type, string rest)
    {
        PropertyInfo? property = null;
        foreach (var part in rest.Split(':'))
        {
            if (int.TryParse(part, out _) && property is not null && ElementOf(property.PropertyType) is { } element)
            {
                type = element;
                continue;
            }

            property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || property.SetMethod is null && !IsBoundInPlace(property.PropertyType))
            {
                return null;
            }

            type = property.PropertyType;
        }

        return property;
    }

    private static IEnumerable<string> Keys(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = $"{prefix}:{property.Name}";
            if (Sections.ContainsKey(key))
            {
                continue;
            }

            if (IsNested(property.PropertyType))
            {
                foreach (var nested in Keys(key, property.PropertyType))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    private static bool IsNested(Type type) => type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsBoundInPlace(Type type) => IsNested(type) || typeof(IEnumerable).IsAssignableFrom(type);

    private static Type? ElementOf(Type type) => type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
}
