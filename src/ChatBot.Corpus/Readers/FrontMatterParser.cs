using ChatBot.Core.Corpus;
using ChatBot.Corpus.Limits;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Corpus.Readers;

/// <summary>
/// Reads the YAML front matter into <see cref="ArticleMetadata"/>, with a reason naming the key and the
/// line for anything malformed. Keys it does not know load with a warning, so a typo does not go unnoticed.
/// </summary>
internal static class FrontMatterParser
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "title", "author", "publisher", "published", "published_inferred", "url", "language", "tags", "byline", "notes",
        "source_url", "retrieved", "added_by",
    };

    public static (ArticleMetadata Metadata, List<string> Warnings) Parse(string yaml, ReadLimits limits)
    {
        if (YamlNesting.Deepest(yaml) is var (depth, line) && depth > limits.MaxNestingDepth)
        {
            throw limits.TooDeep($"{depth:N0} levels deep (front matter) at line {line + 1:N0}");
        }

        var root = Load(yaml);
        var warnings = new List<string>();
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : "";
            if (!KnownKeys.Contains(key))
            {
                warnings.Add($"unknown front matter key '{key}' ignored (known: {string.Join(", ", KnownKeys)})");
                continue;
            }

            values[key] = value;
        }

        var (url, urlWarning) = Url(Scalar(values, "url"));
        if (urlWarning is not null)
        {
            warnings.Add(urlWarning);
        }

        var metadata = new ArticleMetadata
        {
            Title = Scalar(values, "title"),
            Author = Author(values),
            Publisher = Scalar(values, "publisher"),
            Published = Published(Scalar(values, "published")),
            PublishedInferred = Boolean(values, "published_inferred"),
            Url = url,
            Language = Scalar(values, "language"),
            Tags = Tags(values),
        };
        return (metadata, warnings);
    }

    private static YamlMappingNode Load(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? new YamlMappingNode()
                : stream.Documents[0].RootNode as YamlMappingNode
                    ?? throw new CorpusFormatException("bad front matter: expected 'key: value' lines");
        }
        catch (YamlException e)
        {
            throw new CorpusFormatException($"bad front matter at line {e.Start.Line + 1}: {FirstLine(e.Message)}");
        }
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        _ => throw new CorpusFormatException($"bad front matter: '{key}' must be a single value"),
    };

    private static string? Author(Dictionary<string, YamlNode> values) => values.GetValueOrDefault("author") switch
    {
        YamlSequenceNode list => string.Join(", ", list.Children.OfType<YamlScalarNode>().Select(s => s.Value).Where(v => !string.IsNullOrWhiteSpace(v))),
        _ => Scalar(values, "author"),
    };

    private static PartialDate? Published(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new CorpusFormatException($"unknown date format in 'published': '{text}' (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    private static bool Boolean(Dictionary<string, YamlNode> values, string key) => Scalar(values, key)?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "no" => false,
        "true" or "yes" => true,
        var other => throw new CorpusFormatException($"bad front matter: '{key}' must be true or false (got '{other}')"),
    };

    private static (string? Url, string? Warning) Url(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? (uri.ToString(), null)
            : (null, $"'url' is not an http(s) address and was dropped: '{text}'");
    }

    private static IReadOnlyList<string> Tags(Dictionary<string, YamlNode> values) => values.GetValueOrDefault("tags") switch
    {
        null => [],
        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(v => v.Length > 0)],
        YamlScalarNode scalar => IsNull(scalar) ? [] : [.. (scalar.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        _ => throw new CorpusFormatException("bad front matter: 'tags' must be a list"),
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
