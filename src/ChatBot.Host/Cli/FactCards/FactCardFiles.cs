using System.Globalization;
using System.Text.Json;
using ChatBot.Core.FactCards;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatBot.Host.Cli.FactCards;

/// <summary>Reads and writes fact-card files: YAML for .yaml/.yml, JSON for .json; anything else is a usage error.</summary>
internal static class FactCardFiles
{
    public static void Write(string path, IEnumerable<FactCard> cards) => File.WriteAllText(path, Render(path, cards));

    /// <summary>The file's text, in the format its name asks for (the console's download uses this too).</summary>
    public static string Render(string path, IEnumerable<FactCard> cards)
    {
        var file = new FactCardFile { Cards = [.. cards.Select(Entry)] };
        var text = IsYaml(path)
            ? new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull).Build().Serialize(file)
            : JsonSerializer.Serialize(file, FactCardFileJson.Default.FactCardFile);
        return text.EndsWith('\n') ? text : text + "\n";
    }

    public static FactCardFile Read(string path)
    {
        _ = IsYaml(path);
        if (!File.Exists(path))
        {
            throw new UsageException($"file not found: {path}");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>A file's text, read as <paramref name="path"/>'s extension says (the console's upload uses this too).</summary>
    public static FactCardFile Parse(string text, string path)
    {
        var yaml = IsYaml(path);
        try
        {
            var file = yaml
                ? new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build().Deserialize<FactCardFile?>(text)
                : JsonSerializer.Deserialize(text, FactCardFileJson.Default.FactCardFile);
            return file ?? new FactCardFile();
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path}: not valid YAML at line {e.Start.Line}: {e.Message.Split('\n')[0]}");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The file's cards for <see cref="FactCardImporter"/>, each with what reading it found wrong.</summary>
    public static IReadOnlyList<FactCardImportItem> Items(FactCardFile file) =>
        [.. file.Cards.Select((entry, i) =>
        {
            var slug = entry.Slug?.Trim() ?? "";
            var problems = new List<FactCardProblem>();
            var content = Content(entry, problems);
            return new FactCardImportItem(slug.Length == 0 ? $"card #{i + 1} (no slug)" : slug, slug, content, problems);
        })];

    /// <summary>The card's content as the file gives it, or the problems that keep it from being a card at all.</summary>
    public static FactCardContent Content(FactCardFileEntry entry, List<FactCardProblem> problems)
    {
        var status = FactCardText.ParseStatus(entry.Status ?? "");
        if (status is null)
        {
            problems.Add(new FactCardProblem("status", $"\"{entry.Status}\" is not a status; use verified, disputed or unverified"));
        }

        var facts = (entry.Facts ?? []).Select((f, i) =>
        {
            if (string.IsNullOrWhiteSpace(f.Quote))
            {
                problems.Add(new FactCardProblem($"fact {i + 1}", "has no quote"));
            }

            return new FactCardFact(string.IsNullOrWhiteSpace(f.Text) ? f.Quote ?? "" : f.Text, f.Article ?? "", f.Quote ?? "");
        }).ToList();
        return new FactCardContent(entry.Title ?? "", entry.Summary ?? "", facts, status ?? FactCardStatus.Unverified, entry.Tags ?? []);
    }

    private static bool IsYaml(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => true,
        ".json" => false,
        _ => throw new UsageException($"{path}: use a .yaml, .yml or .json file name"),
    };

    private static FactCardFileEntry Entry(FactCard card) => new()
    {
        Slug = card.Slug,
        Title = card.Content.Title,
        Summary = card.Content.Summary,
        Status = card.Content.Status.ToString().ToLowerInvariant(),
        Tags = [.. card.Content.Tags],
        Facts = [.. card.Content.Facts.Select(f => new FactCardFileFact { Text = f.Text == f.Quote ? null : f.Text, Article = f.ArticleId, Quote = f.Quote })],
        Version = card.Version,
        UpdatedBy = card.UpdatedBy,
        UpdatedAt = Iso(card.UpdatedAt),
        LastReviewed = card.LastReviewedAt is { } reviewed ? Iso(reviewed) : null,
        NeedsReview = card.NeedsReview ? true : null,
        ReviewNote = card.ReviewNote,
    };

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
